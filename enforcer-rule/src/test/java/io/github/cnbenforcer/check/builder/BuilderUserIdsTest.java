package io.github.cnbenforcer.check.builder;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class BuilderUserIdsTest {
    private final BuilderUserIds check = new BuilderUserIds();

    @Test
    void theBuildImagesIdsAreSatisfied() {
        assertSatisfied(check.evaluate(
                        TestImage.compliantBuild("amd64").asBuilder(),
                        TestImage.compliantBuild("amd64").asBuild()))
                .isEqualTo("CNB_USER_ID is '1001'; CNB_GROUP_ID is '1000', as on the build image");
    }

    @Test
    void idsAreComparedAsNumbers() {
        assertSatisfied(check.evaluate(
                TestImage.compliantBuild("amd64").env("CNB_USER_ID", "01001").asBuilder(),
                TestImage.compliantBuild("amd64").asBuild()));
    }

    @Test
    void anotherUidIsAViolation() {
        assertViolated(check.evaluate(
                        TestImage.compliantBuild("amd64")
                                .env("CNB_USER_ID", "1002")
                                .asBuilder(),
                        TestImage.compliantBuild("amd64").asBuild()))
                .isEqualTo("CNB_USER_ID is '1002', the build image's '1001': the builder was made from another build"
                        + " image, and its buildpacks would write files as another user");
    }

    @Test
    void aVariableOnOneSideOnlyIsNotCompared() {
        assertSatisfied(check.evaluate(
                        TestImage.compliantBuild("amd64")
                                .withoutEnv("CNB_GROUP_ID")
                                .asBuilder(),
                        TestImage.compliantBuild("amd64").asBuild()))
                .contains("CNB_GROUP_ID is (not set) (not compared: the build image's is '1000')");
    }
}
