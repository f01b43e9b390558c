package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.source.ImageSource;
import io.github.cnbenforcer.source.VerifiedContent;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code oci:} and {@code oci-archive:} share: the same layout, in a directory or packed in a
 * tar. Tests write the layout into {@link #layout}; {@link #reference()} makes it a reference.
 */
abstract class OciLayoutContractTest {
    @RegisterExtension
    final OpenedSources sources = new OpenedSources();

    @TempDir
    Path temp;

    Path layout;

    @BeforeEach
    void chooseLayoutDirectory() {
        layout = temp.resolve("layout");
    }

    /** The reference, without REF, to the layout as written so far (packed first for archives). */
    abstract String reference();

    /** What {@link ImageSource#location()} says, e.g. "OCI layout /tmp/…/layout". */
    abstract String location();

    String reference(String refName) {
        return reference() + ":" + refName;
    }

    OciLayoutWriter writer() {
        return OciLayoutWriter.to(layout);
    }

    Path blob(Digest digest) {
        return layout.resolve("blobs").resolve(digest.algorithm()).resolve(digest.hex());
    }

    @Test
    void singleImageNeedsNoRef() throws Exception {
        writer().write(null, TestImage.compliantBuild("amd64"));

        ReferencedImage image = sources.resolve(reference());

        assertThat(image.isIndex()).isFalse();
        assertThat(image.location()).isEqualTo(location());
        assertThat(image.platforms()).containsExactly(Platform.parse("linux/amd64"));
        assertThat(image.image(Platform.parse("linux/amd64")).config().user()).contains("1001:1000");
    }

    @Test
    void singleNamedImageNeedsNoRef() throws Exception {
        writer().write("jammy", TestImage.compliantRun("arm64"));

        assertThat(sources.resolve(reference()).platforms()).containsExactly(Platform.parse("linux/arm64"));
    }

    @Test
    void refSelectsTheImageOfThatName() throws Exception {
        OciLayoutWriter writer = writer();
        writer.write("jammy", TestImage.compliantBuild("amd64"));
        writer.write("noble", TestImage.compliantBuild("arm64"));

        assertThat(sources.resolve(reference("noble")).platforms()).containsExactly(Platform.parse("linux/arm64"));
        assertThat(sources.resolve(reference("jammy")).platforms()).containsExactly(Platform.parse("linux/amd64"));
    }

    @Test
    void oneImageUnderTwoNamesIsOneImage() throws Exception {
        OciLayoutWriter writer = writer();
        writer.write("jammy", TestImage.compliantBuild("amd64"));
        writer.write("latest", TestImage.compliantBuild("amd64"));

        assertThat(sources.resolve(reference()).platforms()).containsExactly(Platform.parse("linux/amd64"));
    }

    @Test
    void severalImagesWithoutRefFailListingTheirNames() {
        OciLayoutWriter writer = writer();
        writer.write("jammy", TestImage.compliantBuild("amd64"));
        writer.write("noble", TestImage.compliantBuild("arm64"));
        Descriptor unnamed = descriptor(writer.write(null, TestImage.compliantRun("amd64")));

        String message = sources.failure(reference());

        assertThat(message)
                .startsWith(location() + " holds 3 images (jammy, noble, <unnamed "
                        + unnamed.digest().abbreviated() + "…>)")
                .contains("write " + reference() + ":REF to choose one, for example " + reference() + ":jammy");
    }

    @Test
    void unknownRefFailsListingTheNamesThereAre() {
        OciLayoutWriter writer = writer();
        writer.write("jammy", TestImage.compliantBuild("amd64"));
        writer.write("noble", TestImage.compliantBuild("arm64"));

        assertThat(sources.failure(reference("focal")))
                .isEqualTo(location() + " has no image named 'focal'; it holds 2 images (jammy, noble)");
    }

    @Test
    void refNamesAreComparedExactly() {
        writer().write("jammy", TestImage.compliantBuild("amd64"));

        assertThat(sources.failure(reference("Jammy"))).contains("has no image named 'Jammy'");
    }

    @Test
    void emptyIndexHoldsNoImage() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2,\"manifests\":[]}");

        assertThat(sources.failure(reference())).isEqualTo(location() + " holds no image");
    }

    @Test
    void indexWithAttestationsOffersOnlyItsPlatforms() throws Exception {
        writer().write(
                        "jammy",
                        TestIndex.of(
                                        TestImage.compliantBuild("amd64"),
                                        TestImage.compliantBuild("arm64").variant("v8"))
                                .withAttestations());

        ReferencedImage image = sources.resolve(reference("jammy"));

        assertThat(image.isIndex()).isTrue();
        assertThat(image.root().mediaType()).isEqualTo(MediaTypes.OCI_INDEX);
        assertThat(image.platforms()).extracting(Platform::toString).containsExactly("linux/amd64", "linux/arm64/v8");
        assertThat(image.image(Platform.parse("linux/arm64/v8")).config().variant())
                .contains("v8");
    }

    @Test
    void oci11DescriptorFieldsAreAccepted() throws Exception {
        writer().withOci11Fields()
                .write("jammy", TestIndex.of(TestImage.compliantBuild("amd64")).withAttestations());

        ReferencedImage image = sources.resolve(reference("jammy"));

        assertThat(image.root().annotations()).containsEntry("org.opencontainers.image.title", "test");
        PlatformImage amd64 = image.image(Platform.parse("linux/amd64"));
        assertThat(amd64.layers()).hasSize(1);
        assertThat(amd64.config().user()).contains("1001:1000");
    }

    @Test
    void dockerMediaTypesAreRead() throws Exception {
        writer().withDockerMediaTypes()
                .write(null, TestIndex.of(TestImage.compliantBuild("amd64"), TestImage.compliantBuild("arm64")));

        ReferencedImage image = sources.resolve(reference());

        assertThat(image.root().mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST_LIST);
        PlatformImage arm64 = image.image(Platform.parse("linux/arm64"));
        assertThat(arm64.manifest().descriptor().mediaType()).isEqualTo(MediaTypes.DOCKER_MANIFEST);
        assertThat(arm64.manifest().config().mediaType()).isEqualTo(MediaTypes.DOCKER_CONFIG);
        assertThat(arm64.layers()).extracting(Descriptor::mediaType).containsExactly(MediaTypes.DOCKER_LAYER_GZIP);
    }

    @Test
    void windowsConfigKeepsOsVersion() throws Exception {
        writer().write(
                        null,
                        TestImage.bare("windows", "amd64")
                                .osVersion("10.0.20348.2340")
                                .user("ContainerUser")
                                .env("PATH", "C:\\Windows\\system32;C:\\Windows"));

        ImageConfig config = sources.resolve(reference())
                .image(Platform.parse("windows/amd64"))
                .config();

        assertThat(config.osVersion()).contains("10.0.20348.2340");
        assertThat(config.envValue("PATH")).contains("C:\\Windows\\system32;C:\\Windows");
    }

    @Test
    void layerStreamsTheStoredBytes() throws Exception {
        TestLayer layer = TestLayer.create().file("/etc/os-release", "ID=ubuntu\n");
        writer().write(null, TestImage.compliantRun("amd64").withoutLayers().layer(layer));

        PlatformImage image = sources.resolve(reference()).image(Platform.parse("linux/amd64"));

        try (InputStream in = image.openLayer(image.layers().get(0))) {
            assertThat(in.readAllBytes()).isEqualTo(layer.blob());
        }
    }

    @Test
    void corruptIndexJsonIsNamed() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.writeString(layout.resolve("index.json"), "{\"manifests\": [");

        assertThat(sources.failure(reference())).startsWith("index.json of " + location() + " is not valid JSON");
    }

    @Test
    void indexJsonWithoutManifestsIsNamed() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.writeString(layout.resolve("index.json"), "{\"schemaVersion\":2}");

        assertThat(sources.failure(reference())).isEqualTo("index.json of " + location() + " has no 'manifests' list");
    }

    @Test
    void corruptLayoutMarkerIsNamed() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.writeString(layout.resolve("oci-layout"), "imageLayoutVersion=1.0.0");

        assertThat(sources.failure(reference()))
                .startsWith("the oci-layout file of " + location() + " is not valid JSON");
    }

    @Test
    void laterLayoutVersionIsRefused() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.writeString(layout.resolve("oci-layout"), "{\"imageLayoutVersion\":\"2.0.0\"}");

        assertThat(sources.failure(reference())).contains("is an OCI image layout of version 2.0.0");
    }

    @Test
    void corruptManifestIsNamed() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        byte[] manifest = bytes("not json");
        Files.write(blob(Digest.sha256(manifest)), manifest);
        Files.writeString(
                layout.resolve("index.json"),
                "{\"schemaVersion\":2,\"manifests\":[{\"mediaType\":\"" + MediaTypes.OCI_MANIFEST
                        + "\",\"size\":8,\"digest\":\"" + Digest.sha256(manifest) + "\"}]}");

        assertThat(sources.failure(reference()))
                .startsWith("the manifest " + Digest.sha256(manifest).abbreviated() + " is not valid JSON");
    }

    @Test
    void missingBlobIsNamed() throws IOException {
        TestImage image = TestImage.compliantBuild("amd64");
        writer().write(null, image);
        Digest config = Digest.sha256(image.configBytes());
        Files.delete(blob(config));

        assertThat(sources.failure(reference()))
                .isEqualTo(location() + " has no blob " + config.abbreviated() + " (" + MediaTypes.OCI_CONFIG
                        + "): it is incomplete; copy the image into it again");
    }

    @Test
    void tamperedBlobFailsItsDigest() throws IOException {
        TestImage image = TestImage.compliantBuild("amd64");
        writer().write(null, image);
        Digest config = Digest.sha256(image.configBytes());
        byte[] tampered = image.configBytes();
        tampered[tampered.length - 2] ^= 1;
        Files.write(blob(config), tampered);

        assertThat(sources.failure(reference()))
                .isEqualTo("the blob " + config.abbreviated() + " ("
                        + MediaTypes.OCI_CONFIG + ") in " + location()
                        + " does not match its descriptor (its content has the digest "
                        + Digest.sha256(tampered).abbreviated()
                        + "): it is corrupt or was changed after it was written;"
                        + " copy the image again");
    }

    @Test
    void blobOfAnotherSizeFailsBeforeItIsRead() throws IOException {
        TestImage image = TestImage.compliantBuild("amd64");
        writer().write(null, image);
        Digest config = Digest.sha256(image.configBytes());
        Files.write(blob(config), new byte[image.configBytes().length + 1]);

        assertThat(sources.failure(reference()))
                .contains("does not match its descriptor (it is " + (image.configBytes().length + 1)
                        + " bytes, its descriptor says " + image.configBytes().length + ")");
    }

    @Test
    void tamperedLayerFailsAtTheEndOfItsStream() throws Exception {
        TestLayer layer = TestLayer.create().file("/etc/os-release", "ID=ubuntu\n");
        writer().write(null, TestImage.compliantRun("amd64").withoutLayers().layer(layer));
        byte[] tampered = layer.blob();
        tampered[tampered.length / 2] ^= 1;
        Files.write(blob(Digest.sha256(layer.blob())), tampered);
        PlatformImage image = sources.resolve(reference()).image(Platform.parse("linux/amd64"));

        try (InputStream in = image.openLayer(image.layers().get(0))) {
            assertThatThrownBy(in::readAllBytes)
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("does not match its digest");
        }
    }

    @Test
    void documentOverTheLimitIsNotRead() throws Exception {
        writer().write(null, TestImage.compliantBuild("amd64"));
        ImageSource source = sources.open(reference());

        assertThatThrownBy(() -> new VerifiedContent(source).read(source.root(), 100))
                .hasMessageContaining("is " + source.root().size() + " bytes, more than the 100 bytes the rule reads");
    }

    @Test
    void hugeIndexJsonIsNotRead() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.write(layout.resolve("index.json"), new byte[(int) ImageContent.MAX_MANIFEST_BYTES + 1]);

        assertThat(sources.failure(reference()))
                .startsWith("index.json in " + location() + " is 4.0 MiB, more than the"
                        + " 4.0 MiB the rule reads of such a file");
    }

    @Test
    void missingIndexJsonIsNamed() throws IOException {
        writer().write(null, TestImage.compliantBuild("amd64"));
        Files.delete(layout.resolve("index.json"));

        assertThat(sources.failure(reference()))
                .isEqualTo(location()
                        + " is not a complete OCI image layout: it has an oci-layout file but no index.json");
    }

    @Test
    void filesWithoutLayoutMarkerAreNotALayout() throws IOException {
        Files.createDirectories(layout);
        Files.writeString(layout.resolve("README"), "not an image");

        assertThat(sources.failure(reference()))
                .isEqualTo(location() + " is not an OCI image layout: it has no" + " oci-layout file");
    }

    static Descriptor descriptor(JsonNode json) {
        try {
            return Descriptor.parse(json, "test descriptor");
        } catch (ImageReadException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
