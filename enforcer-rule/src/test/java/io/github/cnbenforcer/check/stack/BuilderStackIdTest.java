package io.github.cnbenforcer.check.stack;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class BuilderStackIdTest {
    private final BuilderStackId check = new BuilderStackId();

    @Test
    void theBuildImagesStackIdIsSatisfied() {
        assertSatisfied(check.evaluate(
                        TestImage.compliantBuild("amd64").asBuilder(),
                        TestImage.compliantBuild("amd64").asBuild()))
                .isEqualTo("label io.buildpacks.stack.id is '" + TestImage.STACK_ID + "', as on the build image");
    }

    @Test
    void anotherStackIdMeansAnotherBuildImage() {
        assertViolated(check.evaluate(
                        TestImage.compliantBuild("amd64")
                                .label("io.buildpacks.stack.id", "io.example.other")
                                .asBuilder(),
                        TestImage.compliantBuild("amd64").asBuild()))
                .isEqualTo("label io.buildpacks.stack.id is 'io.example.other' but the build image's is '"
                        + TestImage.STACK_ID + "': the builder was made from another build image");
    }

    @Test
    void aStackIdOnOneSideOnlyIsNotCompared() {
        assertSatisfied(check.evaluate(
                        TestImage.compliantBuild("amd64").asBuilder(),
                        TestImage.compliantBuild("amd64")
                                .withoutLabel("io.buildpacks.stack.id")
                                .asBuild()))
                .endsWith("the build image's (not set) (compared only where both are set)");
    }
}
