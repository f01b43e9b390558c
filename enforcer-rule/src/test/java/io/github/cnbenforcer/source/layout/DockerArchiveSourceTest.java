package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.testing.DockerArchiveWriter;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code docker-archive:PATH[:REPO:TAG]}: classic {@code docker save} archives, and those of Docker 25+. */
class DockerArchiveSourceTest {
    private static final TestLayer OS_RELEASE = TestLayer.create().file("/etc/os-release", "ID=ubuntu\n");

    @RegisterExtension
    final OpenedSources sources = new OpenedSources();

    @TempDir
    Path temp;

    private Path archive;
    private Path unpacked;

    @BeforeEach
    void choosePaths() {
        archive = temp.resolve("saved.tar");
        unpacked = temp.resolve("saved");
    }

    private String reference() {
        return "docker-archive:" + archive;
    }

    private String reference(String repoTag) {
        return reference() + ":" + repoTag;
    }

    private String location() {
        return "docker archive " + archive;
    }

    private void pack() {
        OciLayoutWriter.archive(unpacked, archive);
    }

    @Test
    void classicArchiveGetsAManifestMadeUpForItsImage() throws Exception {
        TestImage run = TestImage.compliantRun("amd64").withoutLayers().layer(OS_RELEASE);
        DockerArchiveWriter.create().add("example/run:jammy", run).writeTo(archive);

        ReferencedImage image = sources.resolve(reference());

        assertThat(image.isIndex()).isFalse();
        assertThat(image.location()).isEqualTo(location());
        assertThat(image.root().mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
        PlatformImage amd64 = image.image(Platform.parse("linux/amd64"));
        assertThat(amd64.configDigest()).isEqualTo(Digest.sha256(run.configBytes()));
        assertThat(amd64.config().user()).contains("1002:1000");
        assertThat(amd64.layers()).extracting(Descriptor::mediaType).containsExactly(MediaTypes.DOCKER_LAYER);
        assertThat(amd64.layers()).extracting(Descriptor::digest).containsExactly(OS_RELEASE.diffId());
        try (InputStream layer = amd64.openLayer(amd64.layers().get(0))) {
            assertThat(layer.readAllBytes()).isEqualTo(OS_RELEASE.tar());
        }
    }

    @Test
    void untaggedSingleImageNeedsNoTag() throws Exception {
        DockerArchiveWriter.create()
                .add(null, TestImage.compliantBuild("arm64"))
                .writeTo(archive);

        assertThat(sources.resolve(reference()).platforms()).containsExactly(Platform.parse("linux/arm64"));
    }

    @Test
    void repoTagSelectsAmongTaggedImages() throws Exception {
        DockerArchiveWriter.create()
                .add("example/build:jammy", TestImage.compliantBuild("amd64"))
                .add("example/run:jammy", TestImage.compliantRun("amd64"))
                .writeTo(archive);

        assertThat(sources.resolve(reference("example/run:jammy"))
                        .image(Platform.parse("linux/amd64"))
                        .config()
                        .user())
                .contains("1002:1000");
        assertThat(sources.resolve(reference("example/build:jammy"))
                        .image(Platform.parse("linux/amd64"))
                        .config()
                        .user())
                .contains("1001:1000");
    }

    @Test
    void severalImagesWithoutTagFailListingTheirTags() {
        DockerArchiveWriter.create()
                .add("example/build:jammy", TestImage.compliantBuild("amd64"))
                .add("example/run:jammy", TestImage.compliantRun("amd64"))
                .writeTo(archive);

        assertThat(sources.failure(reference()))
                .isEqualTo(location() + " holds 2 images (example/build:jammy,"
                        + " example/run:jammy): write " + reference() + ":REPO:TAG to choose one, for example "
                        + reference() + ":example/build:jammy");
    }

    @Test
    void unknownTagFailsListingTheTagsThereAre() {
        DockerArchiveWriter.create()
                .add("example/build:jammy", TestImage.compliantBuild("amd64"))
                .add(null, TestImage.compliantRun("amd64"))
                .writeTo(archive);

        assertThat(sources.failure(reference("example/run:noble")))
                .startsWith(
                        location()
                                + " has no image named 'example/run:noble'; it holds 2 images (example/build:jammy, <untagged, config ");
    }

    @Test
    void dockerHubNamesCompareAsDockerComparesThem() throws Exception {
        DockerArchiveWriter.create()
                .add("ubuntu:22.04", TestImage.compliantRun("amd64"))
                .add("docker.io/paketobuildpacks/build-jammy-base:latest", TestImage.compliantBuild("amd64"))
                .writeTo(archive);

        assertThat(sources.resolve(reference("docker.io/library/ubuntu:22.04")).platforms())
                .hasSize(1);
        assertThat(sources.resolve(reference("index.docker.io/library/ubuntu:22.04"))
                        .platforms())
                .hasSize(1);
        assertThat(sources.resolve(reference("paketobuildpacks/build-jammy-base"))
                        .platforms())
                .hasSize(1);
        assertThat(sources.failure(reference("ubuntu"))).contains("has no image named 'ubuntu'");
    }

    @Test
    void docker25ArchiveIsReadThroughItsOciLayout() throws Exception {
        DockerArchiveWriter.create()
                .withOciLayout()
                .add("example/build:jammy", TestImage.compliantBuild("amd64"))
                .add(
                        "example/run:jammy",
                        TestImage.compliantRun("amd64").withoutLayers().layer(OS_RELEASE))
                .writeTo(archive);

        ReferencedImage image = sources.resolve(reference("example/run:jammy"));

        assertThat(image.root().mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
        PlatformImage amd64 = image.image(Platform.parse("linux/amd64"));
        assertThat(amd64.config().user()).contains("1002:1000");
        try (InputStream layer = amd64.openLayer(amd64.layers().get(0))) {
            assertThat(layer.readAllBytes()).isEqualTo(OS_RELEASE.tar());
        }
    }

    @Test
    void docker25ArchiveWithSeveralImagesListsTheirTags() {
        DockerArchiveWriter.create()
                .withOciLayout()
                .add("example/build:jammy", TestImage.compliantBuild("amd64"))
                .add("ubuntu:22.04", TestImage.compliantRun("amd64"))
                .writeTo(archive);

        assertThat(sources.failure(reference()))
                .startsWith(location() + " holds 2 images (example/build:jammy," + " ubuntu:22.04)");
    }

    @Test
    void ociLayoutWithoutTheNameFallsBackToManifestJson() throws Exception {
        DockerArchiveWriter.create()
                .add("example/run:jammy", TestImage.compliantRun("amd64"))
                .writeInto(unpacked);
        OciLayoutWriter.to(unpacked).write(null, TestImage.compliantBuild("arm64"));
        pack();

        assertThat(sources.resolve(reference("example/run:jammy")).root().mediaType())
                .isEqualTo(MediaTypes.DOCKER_MANIFEST);
        assertThat(sources.resolve(reference()).root().mediaType()).isEqualTo(MediaTypes.OCI_MANIFEST);
    }

    @Test
    void ociLayoutWithAnIndexOffersItsPlatformsWithoutAttestations() throws Exception {
        OciLayoutWriter.to(unpacked)
                .withOci11Fields()
                .write(
                        "docker.io/example/build:jammy",
                        TestIndex.of(TestImage.compliantBuild("amd64"), TestImage.compliantBuild("arm64"))
                                .withAttestations());
        pack();

        ReferencedImage image = sources.resolve(reference("example/build:jammy"));

        assertThat(image.isIndex()).isTrue();
        assertThat(image.platforms()).extracting(Platform::toString).containsExactly("linux/amd64", "linux/arm64");
    }

    @Test
    void windowsConfigKeepsOsVersion() throws Exception {
        DockerArchiveWriter.create()
                .add(
                        "example/windows-run:ltsc2022",
                        TestImage.bare("windows", "amd64")
                                .osVersion("10.0.20348.2340")
                                .user("ContainerUser"))
                .writeTo(archive);

        assertThat(sources.resolve(reference())
                        .image(Platform.parse("windows/amd64"))
                        .config()
                        .osVersion())
                .contains("10.0.20348.2340");
    }

    /** The failure to read an archive of a compliant run image whose manifest.json is {@code manifestJson}. */
    private String failureWithManifestJson(String manifestJson) throws IOException {
        DockerArchiveWriter.create()
                .add("example/run:jammy", TestImage.compliantRun("amd64"))
                .writeInto(unpacked);
        Files.writeString(unpacked.resolve("manifest.json"), manifestJson);
        pack();
        return sources.failure(reference());
    }

    @Test
    void corruptManifestJsonIsNamed() throws IOException {
        assertThat(failureWithManifestJson("[{\"Config\":"))
                .startsWith("manifest.json of " + location() + " is not valid JSON: ");
    }

    @Test
    void manifestJsonThatIsNoListIsNamed() throws IOException {
        assertThat(failureWithManifestJson("{\"Config\":\"x.json\"}"))
                .isEqualTo("manifest.json of " + location() + " is not a JSON list of images");
    }

    @Test
    void corruptConfigIsNamed() throws IOException {
        TestImage run = TestImage.compliantRun("amd64");
        DockerArchiveWriter.create().add("example/run:jammy", run).writeInto(unpacked);
        Files.writeString(configFile(run), "not json");
        pack();

        assertThat(sources.failure(reference()))
                .startsWith("the image config sha256:")
                .contains("is not valid JSON");
    }

    @Test
    void missingConfigIsNamed() throws IOException {
        TestImage run = TestImage.compliantRun("amd64");
        DockerArchiveWriter.create().add("example/run:jammy", run).writeInto(unpacked);
        Files.delete(configFile(run));
        pack();

        assertThat(sources.failure(reference()))
                .isEqualTo(location() + " has no file " + configFile(run).getFileName()
                        + ", the config its manifest.json names");
    }

    @Test
    void missingLayerIsNamed() throws IOException {
        DockerArchiveWriter.create()
                .add(
                        "example/run:jammy",
                        TestImage.compliantRun("amd64").withoutLayers().layer(OS_RELEASE))
                .writeInto(unpacked);
        Files.delete(unpacked.resolve(OS_RELEASE.diffId().hex()).resolve("layer.tar"));
        pack();

        assertThat(sources.failure(reference()))
                .isEqualTo(location() + " has no file " + OS_RELEASE.diffId().hex()
                        + "/layer.tar, a layer its manifest.json lists: it is incomplete; save the image again");
    }

    @Test
    void layersAndDiffIdsMustPair() throws IOException {
        TestImage run = TestImage.compliantRun("amd64");
        DockerArchiveWriter.create().add("example/run:jammy", run).writeInto(unpacked);
        Files.writeString(
                unpacked.resolve("manifest.json"),
                "[{\"Config\":\"" + configFile(run).getFileName() + "\",\"RepoTags\":[],\"Layers\":[]}]");
        pack();

        assertThat(sources.failure(reference()))
                .isEqualTo("the image config " + configFile(run).getFileName() + " in " + location()
                        + " lists 1 layer diff_ids, but manifest.json lists 0 layers");
    }

    @Test
    void tamperedLayerFailsAtTheEndOfItsStream() throws Exception {
        DockerArchiveWriter.create()
                .add(
                        "example/run:jammy",
                        TestImage.compliantRun("amd64").withoutLayers().layer(OS_RELEASE))
                .writeInto(unpacked);
        byte[] tampered = OS_RELEASE.tar();
        tampered[600] ^= 1;
        Files.write(unpacked.resolve(OS_RELEASE.diffId().hex()).resolve("layer.tar"), tampered);
        pack();
        PlatformImage image = sources.resolve(reference()).image(Platform.parse("linux/amd64"));

        try (InputStream in = image.openLayer(image.layers().get(0))) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("does not match its digest");
        }
    }

    @Test
    void tamperedBlobOfADocker25ArchiveFailsItsDigest() throws IOException {
        TestImage run = TestImage.compliantRun("amd64");
        DockerArchiveWriter.create()
                .withOciLayout()
                .add("example/run:jammy", run)
                .writeInto(unpacked);
        byte[] tampered = run.configBytes();
        tampered[1] ^= 1;
        Files.write(
                unpacked.resolve(
                        "blobs/sha256/" + Digest.sha256(run.configBytes()).hex()),
                tampered);
        pack();

        assertThat(sources.failure(reference()))
                .contains("does not match its descriptor (its content has the digest "
                        + Digest.sha256(tampered).abbreviated() + ")");
    }

    @Test
    void missingFileIsNamed() {
        assertThat(sources.failure(reference())).isEqualTo("there is no " + location() + ": the file does not exist");
    }

    @Test
    void fileThatIsNoTarIsNamed() throws IOException {
        Files.writeString(archive, "hello");

        assertThat(sources.failure(reference()))
                .isEqualTo(location() + " is not a tar archive (it is 5 bytes, shorter than one tar header)");
    }

    @Test
    void tarWithoutManifestIsNotADockerSave() throws IOException {
        Files.createDirectories(unpacked);
        Files.writeString(unpacked.resolve("README"), "not an image");
        pack();

        assertThat(sources.failure(reference()))
                .isEqualTo(location() + " is not a 'docker save' archive: it has no" + " manifest.json");
    }

    private Path configFile(TestImage image) {
        return unpacked.resolve(Digest.sha256(image.configBytes()).hex() + ".json");
    }
}
