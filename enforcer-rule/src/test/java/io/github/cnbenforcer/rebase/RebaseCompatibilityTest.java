package io.github.cnbenforcer.rebase;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RebaseCompatibilityTest {
    private static final Map<String, String> JAMMY = Map.of("ID", "ubuntu", "VERSION_ID", "22.04");
    private static final Map<String, String> NOBLE = Map.of("ID", "ubuntu", "VERSION_ID", "24.04");

    @Test
    void theSameTargetIsAccepted() {
        RebaseCompatibility compatibility =
                RebaseCompatibility.of(labelled("ubuntu", "22.04"), labelled("ubuntu", "22.04"));

        assertThat(compatibility.isRefused()).isFalse();
        assertThat(compatibility.refusals()).isEmpty();
        assertThat(compatibility.notes()).isEmpty();
        assertThat(compatibility.summary())
                .isEqualTo("the rebaser accepts the new image under apps built on the previous one");
    }

    @Test
    void aNewDistroVersionIsRefused() {
        RebaseCompatibility compatibility =
                RebaseCompatibility.of(labelled("ubuntu", "22.04"), labelled("ubuntu", "24.04"));

        assertThat(compatibility.isRefused()).isTrue();
        assertThat(compatibility.summary())
                .isEqualTo("the rebaser refuses the new image under apps built on the previous one:"
                        + " io.buildpacks.base.distro.version changes from '22.04' to '24.04'");
    }

    @Test
    void aNewDistroNameIsRefused() {
        assertThat(RebaseCompatibility.of(labelled("ubuntu", "22.04"), labelled("debian", "22.04"))
                        .refusals())
                .containsExactly("io.buildpacks.base.distro.name changes from 'ubuntu' to 'debian'");
    }

    @Test
    void addingDistroLabelsToAnImageThatHadNoneIsRefused() {
        RunImageTarget previous = target("amd64", "", Map.of(), Optional.of(JAMMY));
        RunImageTarget next = target(
                "amd64",
                "",
                Map.of(RunImageTarget.DISTRO_NAME_LABEL, "ubuntu", RunImageTarget.DISTRO_VERSION_LABEL, "22.04"),
                Optional.of(JAMMY));

        RebaseCompatibility compatibility = RebaseCompatibility.of(previous, next);

        assertThat(compatibility.refusals())
                .containsExactly("the new image declares a distro ('ubuntu' '22.04') with"
                        + " io.buildpacks.base.distro.name or io.buildpacks.base.distro.version and the previous"
                        + " one declared none, so apps built on it recorded no distro (even though its"
                        + " /etc/os-release names 'ubuntu' '22.04')");
    }

    @Test
    void addingTheNameToAnImageThatDeclaredOnlyTheVersionIsRefused() {
        RunImageTarget previous =
                target("amd64", "", Map.of(RunImageTarget.DISTRO_VERSION_LABEL, "22.04"), Optional.empty());

        assertThat(RebaseCompatibility.of(previous, labelled("ubuntu", "22.04")).refusals())
                .containsExactly("io.buildpacks.base.distro.name changes from '' to 'ubuntu'");
    }

    @Test
    void anEmptyDistroValueOfTheNewImageMatchesAnything() {
        RunImageTarget next = target(
                "amd64",
                "",
                Map.of(RunImageTarget.DISTRO_NAME_LABEL, "", RunImageTarget.DISTRO_VERSION_LABEL, "22.04"),
                Optional.empty());

        assertThat(RebaseCompatibility.of(labelled("ubuntu", "22.04"), next).isRefused())
                .isFalse();
    }

    @Test
    void droppingDistroLabelsIsAcceptedWithANote() {
        RebaseCompatibility compatibility =
                RebaseCompatibility.of(labelled("ubuntu", "22.04"), target("amd64", "", Map.of(), Optional.of(JAMMY)));

        assertThat(compatibility.isRefused()).isFalse();
        assertThat(compatibility.notes())
                .containsExactly("the new image drops the distro labels ('ubuntu' '22.04'): the rebaser accepts it,"
                        + " and apps rebased onto it lose the distro they recorded");
    }

    @Test
    void aDistroChangeOnlyOsReleaseShowsIsAcceptedWithANote() {
        RebaseCompatibility compatibility = RebaseCompatibility.of(
                target("amd64", "", Map.of(), Optional.of(JAMMY)), target("amd64", "", Map.of(), Optional.of(NOBLE)));

        assertThat(compatibility.isRefused()).isFalse();
        assertThat(compatibility.summary())
                .isEqualTo("the rebaser accepts the new image under apps built on the previous one, but neither"
                        + " image declares a distro, so the rebaser does not compare distros, while /etc/os-release"
                        + " changes from 'ubuntu' '22.04' to 'ubuntu' '24.04'");
    }

    @Test
    void theSameOsReleaseWithoutLabelsIsAcceptedWithoutNote() {
        RebaseCompatibility compatibility = RebaseCompatibility.of(
                target("amd64", "", Map.of(), Optional.of(JAMMY)), target("amd64", "", Map.of(), Optional.of(JAMMY)));

        assertThat(compatibility.notes()).isEmpty();
        assertThat(RebaseCompatibility.of(
                                target("amd64", "", Map.of(), Optional.empty()),
                                target("amd64", "", Map.of(), Optional.of(JAMMY)))
                        .notes())
                .isEmpty();
    }

    @Test
    void osAndArchitectureMustBeEqualAsWritten() {
        RunImageTarget previous = target("amd64", "", Map.of(), Optional.empty());
        RunImageTarget next = RunImageTarget.of("Linux", "arm64", null, Map.of(), Optional.empty());

        assertThat(RebaseCompatibility.of(previous, next).refusals())
                .containsExactly("os changes from 'linux' to 'Linux'", "architecture changes from 'amd64' to 'arm64'");
    }

    @Test
    void aVariantOnOneSideOnlyMatches() {
        assertThat(RebaseCompatibility.of(
                                target("arm64", "v8", Map.of(), Optional.empty()),
                                target("arm64", "", Map.of(), Optional.empty()))
                        .isRefused())
                .isFalse();
        assertThat(RebaseCompatibility.of(
                                target("arm64", "", Map.of(), Optional.empty()),
                                target("arm64", "v8", Map.of(), Optional.empty()))
                        .isRefused())
                .isFalse();
    }

    @Test
    void twoVariantsMustBeEqualAsWritten() {
        assertThat(RebaseCompatibility.of(
                                target("arm", "v7", Map.of(), Optional.empty()),
                                target("arm", "v6", Map.of(), Optional.empty()))
                        .refusals())
                .containsExactly("variant changes from 'v7' to 'v6'");
        assertThat(RebaseCompatibility.of(
                                target("arm64", "v8", Map.of(), Optional.empty()),
                                target("arm64", "v8.0", Map.of(), Optional.empty()))
                        .isRefused())
                .isTrue();
    }

    @Test
    void valuesFromTheImageAreQuotedAndEscaped() {
        assertThat(RebaseCompatibility.of(labelled("ubuntu", "22.04"), labelled("ubuntu", "24.04\nFAKE: line"))
                        .summary())
                .contains("to '24.04\\nFAKE: line'")
                .doesNotContain("\n");
    }

    private static RunImageTarget labelled(String name, String version) {
        Map<String, String> labels = new HashMap<>();
        labels.put(RunImageTarget.DISTRO_NAME_LABEL, name);
        labels.put(RunImageTarget.DISTRO_VERSION_LABEL, version);
        labels.put("io.buildpacks.stack.id", "io.buildpacks.stacks.jammy");
        return target("amd64", "", labels, Optional.empty());
    }

    private static RunImageTarget target(
            String architecture, String variant, Map<String, String> labels, Optional<Map<String, String>> osRelease) {
        return RunImageTarget.of("linux", architecture, variant, labels, osRelease);
    }
}
