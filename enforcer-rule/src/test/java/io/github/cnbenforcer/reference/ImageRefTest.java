package io.github.cnbenforcer.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageRefTest {
    private static final Path BASE = Path.of("/project");

    @Test
    void dockerHubNamesNormaliseAsDockerDoes() throws InvalidReferenceException {
        ImageRef ref = ImageRef.parse("paketobuildpacks/build-jammy-base:latest", BASE);

        assertThat(ref.transport()).isEqualTo(Transport.REGISTRY);
        assertThat(ref.registryReference().orElseThrow())
                .hasToString("docker.io/paketobuildpacks/build-jammy-base:latest");
    }

    @Test
    void dockerTransportPrefixIsTheSameRegistryReference() throws InvalidReferenceException {
        ImageRef ref = ImageRef.parse(
                "docker://127.0.0.1:5000/stacks/run@sha256:"
                        + "2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae",
                BASE);

        assertThat(ref.registryReference().orElseThrow().registry()).isEqualTo("127.0.0.1:5000");
        assertThat(ref.registryReference().orElseThrow().digest()).isPresent();
        assertThat(ref.text()).startsWith("docker://");
    }

    @Test
    void ociLayoutPathResolvesAgainstTheBaseDirectoryAndKeepsTheRefName() throws InvalidReferenceException {
        ImageRef ref = ImageRef.parse("oci:images/build:jammy", BASE);

        assertThat(ref.transport()).isEqualTo(Transport.OCI_LAYOUT);
        assertThat(ref.path()).contains(Path.of("/project/images/build"));
        assertThat(ref.name()).contains("jammy");
    }

    @Test
    void absolutePathsStayAbsolute() throws InvalidReferenceException {
        ImageRef ref = ImageRef.parse("oci-archive:/srv/run.tar", BASE);

        assertThat(ref.transport()).isEqualTo(Transport.OCI_ARCHIVE);
        assertThat(ref.path()).contains(Path.of("/srv/run.tar"));
        assertThat(ref.name()).isEmpty();
    }

    @Test
    void dockerArchiveKeepsRepoAndTagTogether() throws InvalidReferenceException {
        ImageRef ref = ImageRef.parse("docker-archive:target/run.tar:example/run:jammy", BASE);

        assertThat(ref.transport()).isEqualTo(Transport.DOCKER_ARCHIVE);
        assertThat(ref.name()).contains("example/run:jammy");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "oci:", "oci-archive::ref", "docker-archive:", "oci:dir:"})
    void referencesWithoutAnImageSayWhatToWrite(String text) {
        assertThatThrownBy(() -> ImageRef.parse(text, BASE))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("write");
    }

    @Test
    void malformedRegistryReferenceSaysWhatToWrite() {
        assertThatThrownBy(() -> ImageRef.parse("Registry.Example.com/UPPER CASE:tag", BASE))
                .isInstanceOf(InvalidReferenceException.class)
                .hasMessageContaining("is not an image reference")
                .hasMessageContaining("a repository name is made of")
                .hasMessageContaining("host[:port]/repository[:tag]");
    }

    @Test
    void transportsTheRuleDoesNotReadAreNamed() {
        assertThatThrownBy(() -> ImageRef.parse("containers-storage:example/run", BASE))
                .hasMessageContaining("'containers-storage:'")
                .hasMessageContaining("skopeo copy");
    }
}
