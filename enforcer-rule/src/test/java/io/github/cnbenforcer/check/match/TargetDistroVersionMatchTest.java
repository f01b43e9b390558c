package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class TargetDistroVersionMatchTest {
    private final TargetDistroVersionMatch check = new TargetDistroVersionMatch();

    private Verdict evaluate(TestImage build, TestImage run) {
        return check.evaluate(build.asBuild(), run.asRun());
    }

    private static TestImage version(String version) {
        return TestImage.linux().label(BaseLabels.DISTRO_VERSION, version);
    }

    @Test
    void sameVersionIsSatisfied() {
        assertSatisfied(evaluate(version("22.04"), version("22.04")));
    }

    @Test
    void differentVersionIsAViolation() {
        assertViolated(evaluate(version("22.04"), version("24.04"))).contains("'22.04'", "'24.04'");
    }

    @Test
    void versionOfOnlyOneImageIsSatisfied() {
        assertSatisfied(evaluate(TestImage.linux(), version("24.04"))).endsWith("not specified by both");
    }
}
