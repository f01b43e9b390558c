package io.github.cnbenforcer.check.distro;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class DistroLabelsTest {
    private final DistroLabels check = new DistroLabels();

    private Verdict evaluate(TestImage config) {
        return check.evaluate(config.asBuild());
    }

    @Test
    void linuxWithBothLabelsIsSatisfied() {
        assertSatisfied(evaluate(TestImage.linux()
                        .label(BaseLabels.DISTRO_NAME, "ubuntu")
                        .label(BaseLabels.DISTRO_VERSION, "22.04")))
                .isEqualTo("distro is 'ubuntu' version '22.04'");
    }

    @Test
    void linuxWithoutLabelsIsAViolation() {
        assertViolated(evaluate(TestImage.linux()))
                .isEqualTo("label io.buildpacks.base.distro.name is not set;"
                        + " label io.buildpacks.base.distro.version is not set");
    }

    @Test
    void unsetLabelsNameTheDeprecatedStackLabelsSetInstead() {
        assertViolated(evaluate(TestImage.linux()
                        .label("io.buildpacks.stack.distro.name", "ubuntu")
                        .label(BaseLabels.DISTRO_VERSION, "22.04")))
                .isEqualTo("label io.buildpacks.base.distro.name is not set (only the deprecated"
                        + " io.buildpacks.stack.distro.name is set, which Platform API 0.12 and later do not read)");
    }

    @Test
    void linuxWithOnlyTheNameIsAViolation() {
        assertViolated(evaluate(TestImage.linux().label(BaseLabels.DISTRO_NAME, "ubuntu")))
                .isEqualTo("label io.buildpacks.base.distro.version is not set");
    }

    @Test
    void blankLabelIsNotSet() {
        assertViolated(evaluate(
                        TestImage.linux().label(BaseLabels.DISTRO_NAME, " ").label(BaseLabels.DISTRO_VERSION, "22.04")))
                .contains("distro.name is not set");
    }

    @Test
    void windowsWithEmptyNameAndOsVersionIsSatisfied() {
        assertSatisfied(evaluate(TestImage.windows()
                        .label(BaseLabels.DISTRO_NAME, "")
                        .label(BaseLabels.DISTRO_VERSION, "10.0.20348.2340")))
                .contains("'10.0.20348.2340'");
    }

    @Test
    void windowsWithoutNameLabelIsSatisfiedToo() {
        assertSatisfied(evaluate(TestImage.windows().label(BaseLabels.DISTRO_VERSION, "10.0.20348.2340")));
    }

    @Test
    void windowsWithANameIsAViolation() {
        assertViolated(evaluate(TestImage.windows()
                        .label(BaseLabels.DISTRO_NAME, "nanoserver")
                        .label(BaseLabels.DISTRO_VERSION, "10.0.20348.2340")))
                .isEqualTo("io.buildpacks.base.distro.name is 'nanoserver', not empty");
    }

    @Test
    void windowsVersionOtherThanOsVersionIsAViolation() {
        assertViolated(evaluate(TestImage.windows().label(BaseLabels.DISTRO_VERSION, "ltsc2022")))
                .isEqualTo("io.buildpacks.base.distro.version is 'ltsc2022' but os.version is '10.0.20348.2340'");
    }

    @Test
    void windowsWithoutOsVersionIsAViolation() {
        assertViolated(evaluate(TestImage.windows()
                        .withoutField("os.version")
                        .label(BaseLabels.DISTRO_VERSION, "10.0.20348.2340")))
                .contains("os.version is not set");
    }
}
