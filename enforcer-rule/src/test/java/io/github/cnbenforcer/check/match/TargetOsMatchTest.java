package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;

class TargetOsMatchTest {
    private final TargetOsMatch check = new TargetOsMatch();

    private Verdict evaluate(ConfigBuilder build, ConfigBuilder run) {
        return check.evaluate(TestImages.build(build), TestImages.run(run));
    }

    @Test
    void sameOsIsSatisfied() {
        assertSatisfied(evaluate(ConfigBuilder.linux(), ConfigBuilder.linux()))
                .isEqualTo("build os is 'linux', run os is 'linux'");
    }

    @Test
    void differentOsIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux(), ConfigBuilder.windows()))
                .isEqualTo("build os is 'linux', run os is 'windows'");
    }

    @Test
    void osMissingFromOneImageIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux(), ConfigBuilder.bare().architecture("amd64")))
                .contains("run os is (not set)");
    }
}
