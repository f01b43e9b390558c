package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class TargetDistroNameMatchTest {
    private final TargetDistroNameMatch check = new TargetDistroNameMatch();

    private Verdict evaluate(TestImage build, TestImage run) {
        return check.evaluate(build.asBuild(), run.asRun());
    }

    private static TestImage named(String name) {
        return TestImage.linux().label(BaseLabels.DISTRO_NAME, name);
    }

    @Test
    void sameNameIsSatisfied() {
        assertSatisfied(evaluate(named("ubuntu"), named("ubuntu")));
    }

    @Test
    void differentNameIsAViolation() {
        assertViolated(evaluate(named("ubuntu"), named("debian")))
                .isEqualTo("build io.buildpacks.base.distro.name is 'ubuntu', run io.buildpacks.base.distro.name"
                        + " is 'debian'");
    }

    @Test
    void nameOfOnlyOneImageIsSatisfied() {
        assertSatisfied(evaluate(named("ubuntu"), TestImage.linux())).endsWith("not specified by both");
    }

    @Test
    void emptyNameSpecifiesNothing() {
        assertSatisfied(evaluate(named(""), named("ubuntu"))).endsWith("not specified by both");
    }
}
