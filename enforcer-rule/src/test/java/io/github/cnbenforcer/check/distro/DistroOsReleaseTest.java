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

class DistroOsReleaseTest {
    private static final FakeFacts JAMMY =
            FakeFacts.empty().osRelease("NAME", "Ubuntu", "ID", "ubuntu", "VERSION_ID", "22.04");

    private final DistroOsRelease check = new DistroOsRelease();

    private Verdict evaluate(TestImage config, ImageFacts facts) {
        return check.evaluate(config.asRun(facts));
    }

    private static TestImage labelled(String name, String version) {
        return TestImage.linux().label(BaseLabels.DISTRO_NAME, name).label(BaseLabels.DISTRO_VERSION, version);
    }

    @Test
    void labelsEqualToOsReleaseAreSatisfied() {
        assertSatisfied(evaluate(labelled("ubuntu", "22.04"), JAMMY))
                .isEqualTo("distro labels match /etc/os-release: ID 'ubuntu', VERSION_ID '22.04'");
    }

    @Test
    void differentLabelsAreViolations() {
        assertViolated(evaluate(labelled("Ubuntu", "jammy"), JAMMY))
                .isEqualTo("label io.buildpacks.base.distro.name is 'Ubuntu' but /etc/os-release has ID 'ubuntu';"
                        + " label io.buildpacks.base.distro.version is 'jammy' but /etc/os-release has VERSION_ID"
                        + " '22.04'");
    }

    @Test
    void unsetLabelsAreReportedWithTheValueTheyShouldHold() {
        assertViolated(evaluate(TestImage.linux(), JAMMY))
                .contains("distro.name is (not set) but /etc/os-release has ID 'ubuntu'");
    }

    @Test
    void osReleaseWithoutVersionIdWantsNoVersionLabel() {
        FakeFacts rolling = FakeFacts.empty().osRelease("ID", "arch");
        assertSatisfied(evaluate(TestImage.linux().label(BaseLabels.DISTRO_NAME, "arch"), rolling));
        assertViolated(evaluate(labelled("arch", "2024"), rolling))
                .isEqualTo("label io.buildpacks.base.distro.version is '2024' but /etc/os-release has no VERSION_ID");
    }

    @Test
    void missingOsReleaseIsAViolation() {
        assertViolated(evaluate(labelled("ubuntu", "22.04"), FakeFacts.empty())).contains("no /etc/os-release");
    }

    @Test
    void isUnverifiedWithoutFacts() {
        assertUnverified(evaluate(labelled("ubuntu", "22.04"), FakeFacts.unavailable()))
                .isEqualTo("cannot read /etc/os-release: layers are not inspected");
    }

    @Test
    void isNotApplicableOnWindows() {
        assertSatisfied(evaluate(TestImage.windows(), FakeFacts.unavailable())).isEqualTo("not applicable on windows");
    }
}
