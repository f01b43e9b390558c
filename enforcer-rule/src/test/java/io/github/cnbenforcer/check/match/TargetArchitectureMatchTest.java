package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class TargetArchitectureMatchTest {
    private final TargetArchitectureMatch check = new TargetArchitectureMatch();

    private Verdict evaluate(TestImage build, TestImage run) {
        return check.evaluate(build.asBuild(), run.asRun());
    }

    @Test
    void sameArchitectureIsSatisfied() {
        assertSatisfied(evaluate(
                TestImage.linux().architecture("arm64"), TestImage.linux().architecture("arm64")));
    }

    @Test
    void differentArchitectureIsAViolation() {
        assertViolated(evaluate(
                        TestImage.linux().architecture("amd64"),
                        TestImage.linux().architecture("arm64")))
                .isEqualTo("build architecture is 'amd64', run architecture is 'arm64'");
    }
}
