package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;

class TargetDistroVersionMatchTest {
    private final TargetDistroVersionMatch check = new TargetDistroVersionMatch();

    private Verdict evaluate(ConfigBuilder build, ConfigBuilder run) {
        return check.evaluate(TestImages.build(build), TestImages.run(run));
    }

    private static ConfigBuilder version(String version) {
        return ConfigBuilder.linux().label(BaseLabels.DISTRO_VERSION, version);
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
        assertSatisfied(evaluate(ConfigBuilder.linux(), version("24.04"))).endsWith("not specified by both");
    }
}
