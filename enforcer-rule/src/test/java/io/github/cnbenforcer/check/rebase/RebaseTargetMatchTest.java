package io.github.cnbenforcer.check.rebase;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class RebaseTargetMatchTest {
    private final RebaseTargetMatch check = new RebaseTargetMatch();

    private Verdict evaluate(TestImage previous, TestImage next) {
        return evaluate(previous, FakeFacts.unavailable(), next, FakeFacts.unavailable());
    }

    private Verdict evaluate(TestImage previous, ImageFacts previousFacts, TestImage next, ImageFacts nextFacts) {
        return check.evaluate(previous.asPrevious(previousFacts), next.asRun(nextFacts));
    }

    @Test
    void aNewVersionWithTheSameTargetIsAccepted() {
        assertSatisfied(evaluate(TestImage.compliantRun("amd64"), TestImage.compliantRun("amd64")))
                .isEqualTo("the rebaser accepts the new image under apps built on the previous one (previous run"
                        + " image " + TestImage.PREVIOUS_REFERENCE + ")");
    }

    @Test
    void aDistroVersionBumpIsRefusedSayingWhy() {
        assertViolated(evaluate(
                        TestImage.compliantRun("amd64"),
                        TestImage.compliantRun("amd64").label("io.buildpacks.base.distro.version", "24.04")))
                .startsWith("the rebaser refuses the new image under apps built on the previous one:"
                        + " io.buildpacks.base.distro.version changes from '22.04' to '24.04' (previous run image ")
                .endsWith(": pack rebase stops with \"unable to satisfy target os/arch constraints\" for every such"
                        + " app unless forced");
    }

    @Test
    void distroLabelsAddedToAnImageLineWithoutThemAreRefusedNamingItsOsRelease() {
        TestImage unlabelled = TestImage.compliantRun("amd64")
                .withoutLabel("io.buildpacks.base.distro.name")
                .withoutLabel("io.buildpacks.base.distro.version");
        FakeFacts osRelease = FakeFacts.empty().osRelease("ID", "ubuntu", "VERSION_ID", "22.04");

        assertViolated(evaluate(unlabelled, osRelease, TestImage.compliantRun("amd64"), osRelease))
                .contains("the new image declares a distro ('ubuntu' '22.04')")
                .contains("so apps built on it recorded no distro (even though its /etc/os-release names 'ubuntu'"
                        + " '22.04')");
    }

    @Test
    void droppedDistroLabelsAreAcceptedWithANote() {
        assertSatisfied(evaluate(
                        TestImage.compliantRun("amd64"),
                        TestImage.compliantRun("amd64")
                                .withoutLabel("io.buildpacks.base.distro.name")
                                .withoutLabel("io.buildpacks.base.distro.version")))
                .contains("but the new image drops the distro labels");
    }

    @Test
    void anotherArchitectureOrAVariantThatDiffersIsRefused() {
        assertViolated(evaluate(TestImage.compliantRun("amd64"), TestImage.compliantRun("arm64")))
                .contains("architecture changes from 'amd64' to 'arm64'");
        assertViolated(evaluate(
                        TestImage.compliantRun("arm64").variant("v8"),
                        TestImage.compliantRun("arm64").variant("v8.2")))
                .contains("variant changes from 'v8' to 'v8.2'");
        assertSatisfied(evaluate(
                TestImage.compliantRun("arm64"), TestImage.compliantRun("arm64").variant("v8")));
    }

    @Test
    void aPlatformTheNewImageNoLongerOffersIsAViolation() {
        Verdict verdict = check.missingPlatform(TestImage.compliantRun("arm64").asPrevious(FakeFacts.unavailable()))
                .orElseThrow();

        assertViolated(verdict)
                .isEqualTo("the new run image offers no platform matching linux/arm64, which the previous run image "
                        + TestImage.PREVIOUS_REFERENCE + " offers: apps built on it for linux/arm64 cannot be rebased");
    }

    @Test
    void onlyTheTargetCheckSpeaksForAMissingPlatform() {
        assertThat(new RebaseAbi()
                        .missingPlatform(TestImage.compliantRun("arm64").asPrevious(FakeFacts.unavailable())))
                .isEmpty();
    }
}
