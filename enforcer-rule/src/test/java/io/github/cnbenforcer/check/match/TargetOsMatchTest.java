package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class TargetOsMatchTest {
    private final TargetOsMatch check = new TargetOsMatch();

    private Verdict evaluate(TestImage build, TestImage run) {
        return check.evaluate(build.asBuild(), run.asRun());
    }

    @Test
    void sameOsIsSatisfied() {
        assertSatisfied(evaluate(TestImage.linux(), TestImage.linux()))
                .isEqualTo("build os is 'linux', run os is 'linux'");
    }

    @Test
    void differentOsIsAViolation() {
        assertViolated(evaluate(TestImage.linux(), TestImage.windows()))
                .isEqualTo("build os is 'linux', run os is 'windows'");
    }

    @Test
    void osMissingFromOneImageIsAViolation() {
        assertViolated(evaluate(TestImage.linux(), TestImage.bare().architecture("amd64")))
                .contains("run os is (not set)");
    }
}
