package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;

class TargetArchitectureMatchTest {
    private final TargetArchitectureMatch check = new TargetArchitectureMatch();

    private Verdict evaluate(ConfigBuilder build, ConfigBuilder run) {
        return check.evaluate(TestImages.build(build), TestImages.run(run));
    }

    @Test
    void sameArchitectureIsSatisfied() {
        assertSatisfied(evaluate(
                ConfigBuilder.linux().architecture("arm64"),
                ConfigBuilder.linux().architecture("arm64")));
    }

    @Test
    void differentArchitectureIsAViolation() {
        assertViolated(evaluate(
                        ConfigBuilder.linux().architecture("amd64"),
                        ConfigBuilder.linux().architecture("arm64")))
                .isEqualTo("build architecture is 'amd64', run architecture is 'arm64'");
    }
}
