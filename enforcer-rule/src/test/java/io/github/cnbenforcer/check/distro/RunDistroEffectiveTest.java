package io.github.cnbenforcer.check.distro;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import org.junit.jupiter.api.Test;

class RunDistroEffectiveTest {
    private static final FakeFacts JAMMY = FakeFacts.empty().osRelease("ID", "ubuntu", "VERSION_ID", "22.04");
    private static final FakeFacts BOOKWORM = FakeFacts.empty().osRelease("ID", "debian", "VERSION_ID", "12");

    private final RunDistroEffective check = new RunDistroEffective();

    private Verdict evaluate(ImageFacts build, ConfigBuilder run, ImageFacts runFacts) {
        return check.evaluate(TestImages.build(ConfigBuilder.linux(), build), TestImages.run(run, runFacts));
    }

    @Test
    void aRunImageWithTheBuildImagesDistroIsSatisfied() {
        assertSatisfied(evaluate(JAMMY, ConfigBuilder.linux(), JAMMY))
                .isEqualTo("the run image sets no distro labels, so buildpacks are told the build image's ID 'ubuntu'"
                        + " VERSION_ID '22.04', as its own /etc/os-release names");
    }

    @Test
    void aRunImageOfAnotherDistroIsAViolation() {
        assertViolated(evaluate(JAMMY, ConfigBuilder.linux(), BOOKWORM))
                .isEqualTo("the run image sets no distro labels, so buildpacks are told the build image's ID 'ubuntu'"
                        + " VERSION_ID '22.04', but its own /etc/os-release has ID 'debian' VERSION_ID '12' (set the"
                        + " distro labels)");
    }

    @Test
    void anotherVersionIsAViolation() {
        assertViolated(evaluate(
                JAMMY, ConfigBuilder.linux(), FakeFacts.empty().osRelease("ID", "ubuntu", "VERSION_ID", "24.04")));
    }

    @Test
    void aRunImageWithoutOsReleaseIsAViolation() {
        assertViolated(evaluate(JAMMY, ConfigBuilder.linux(), FakeFacts.empty()))
                .endsWith("but the run image has no /etc/os-release (set the distro labels)");
    }

    @Test
    void aBuildImageWithoutDistroTellsBuildpacksNone() {
        assertSatisfied(evaluate(FakeFacts.empty(), ConfigBuilder.linux(), BOOKWORM))
                .endsWith("buildpacks are told none");
        assertSatisfied(evaluate(FakeFacts.empty().osRelease("NAME", "Linux"), ConfigBuilder.linux(), BOOKWORM))
                .endsWith("buildpacks are told none");
    }

    @Test
    void eitherDistroLabelMakesItNotApplicable() {
        assertSatisfied(evaluate(JAMMY, ConfigBuilder.linux().label(BaseLabels.DISTRO_NAME, "debian"), BOOKWORM))
                .startsWith("not applicable");
        assertSatisfied(evaluate(JAMMY, ConfigBuilder.linux().label(BaseLabels.DISTRO_VERSION, ""), BOOKWORM))
                .startsWith("not applicable");
    }

    @Test
    void itIsNotApplicableOnWindows() {
        assertSatisfied(evaluate(JAMMY, ConfigBuilder.windows(), BOOKWORM)).isEqualTo("not applicable on windows");
    }

    @Test
    void unreadableOsReleaseIsUnverified() {
        assertUnverified(evaluate(FakeFacts.unavailable(), ConfigBuilder.linux(), JAMMY))
                .isEqualTo("cannot read /etc/os-release: layers are not inspected");
        assertUnverified(evaluate(JAMMY, ConfigBuilder.linux(), FakeFacts.unavailable()));
    }
}
