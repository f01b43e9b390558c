package io.github.cnbenforcer.check.distro;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class RunDistroEffectiveTest {
    private static final FakeFacts JAMMY = FakeFacts.empty().osRelease("ID", "ubuntu", "VERSION_ID", "22.04");
    private static final FakeFacts BOOKWORM = FakeFacts.empty().osRelease("ID", "debian", "VERSION_ID", "12");

    private final RunDistroEffective check = new RunDistroEffective();

    private Verdict evaluate(ImageFacts build, TestImage run, ImageFacts runFacts) {
        return check.evaluate(TestImage.linux().asBuild(build), run.asRun(runFacts));
    }

    @Test
    void aRunImageWithTheBuildImagesDistroIsSatisfied() {
        assertSatisfied(evaluate(JAMMY, TestImage.linux(), JAMMY))
                .isEqualTo("the run image sets no distro labels, so buildpacks are told the build image's ID 'ubuntu'"
                        + " VERSION_ID '22.04', as its own /etc/os-release names");
    }

    @Test
    void aRunImageOfAnotherDistroIsAViolation() {
        assertViolated(evaluate(JAMMY, TestImage.linux(), BOOKWORM))
                .isEqualTo("the run image sets no distro labels, so buildpacks are told the build image's ID 'ubuntu'"
                        + " VERSION_ID '22.04', but its own /etc/os-release has ID 'debian' VERSION_ID '12' (set the"
                        + " distro labels)");
    }

    @Test
    void anotherVersionIsAViolation() {
        assertViolated(
                evaluate(JAMMY, TestImage.linux(), FakeFacts.empty().osRelease("ID", "ubuntu", "VERSION_ID", "24.04")));
    }

    @Test
    void aRunImageWithoutOsReleaseIsAViolation() {
        assertViolated(evaluate(JAMMY, TestImage.linux(), FakeFacts.empty()))
                .endsWith("but the run image has no /etc/os-release (set the distro labels)");
    }

    @Test
    void aBuildImageWithoutDistroTellsBuildpacksNone() {
        assertSatisfied(evaluate(FakeFacts.empty(), TestImage.linux(), BOOKWORM))
                .endsWith("buildpacks are told none");
        assertSatisfied(evaluate(FakeFacts.empty().osRelease("NAME", "Linux"), TestImage.linux(), BOOKWORM))
                .endsWith("buildpacks are told none");
    }

    @Test
    void eitherDistroLabelMakesItNotApplicable() {
        assertSatisfied(evaluate(JAMMY, TestImage.linux().label(BaseLabels.DISTRO_NAME, "debian"), BOOKWORM))
                .startsWith("not applicable");
        assertSatisfied(evaluate(JAMMY, TestImage.linux().label(BaseLabels.DISTRO_VERSION, ""), BOOKWORM))
                .startsWith("not applicable");
    }

    @Test
    void itIsNotApplicableOnWindows() {
        assertSatisfied(evaluate(JAMMY, TestImage.windows(), BOOKWORM)).isEqualTo("not applicable on windows");
    }

    @Test
    void unreadableOsReleaseIsUnverified() {
        assertUnverified(evaluate(FakeFacts.unavailable(), TestImage.linux(), JAMMY))
                .isEqualTo("cannot read /etc/os-release: layers are not inspected");
        assertUnverified(evaluate(JAMMY, TestImage.linux(), FakeFacts.unavailable()));
    }
}
