package io.github.cnbenforcer.check.match;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;

class TargetDistroNameMatchTest {
    private final TargetDistroNameMatch check = new TargetDistroNameMatch();

    private Verdict evaluate(ConfigBuilder build, ConfigBuilder run) {
        return check.evaluate(TestImages.build(build), TestImages.run(run));
    }

    private static ConfigBuilder named(String name) {
        return ConfigBuilder.linux().label(BaseLabels.DISTRO_NAME, name);
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
        assertSatisfied(evaluate(named("ubuntu"), ConfigBuilder.linux())).endsWith("not specified by both");
    }

    @Test
    void emptyNameSpecifiesNothing() {
        assertSatisfied(evaluate(named(""), named("ubuntu"))).endsWith("not specified by both");
    }
}
