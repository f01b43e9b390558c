package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.testing.Compression;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Compression is told from the bytes, as containerd tells it; a media type that says otherwise is a warning. */
class LayerCompressionTest {
    private static final String REFERENCE = "oci:/stacks/build";
    private static final TestLayer PASSWD =
            TestLayer.create().file("/etc/passwd", "cnb:x:1001:1000::/home/cnb:/bin/sh\n");

    private final InMemoryImages images = new InMemoryImages();
    private final List<String> warnings = new ArrayList<>();

    @ParameterizedTest
    @CsvSource({"NONE, NONE", "GZIP, GZIP", "ZSTD, ZSTD"})
    void detectsTheCompressionFromTheFirstBytes(Compression written, LayerCompression detected) throws IOException {
        byte[] blob = written.compress(PASSWD.tar());

        assertThat(LayerCompression.detect(LayerCompression.buffered(new ByteArrayInputStream(blob))))
                .isEqualTo(detected);
    }

    @Test
    void aZstdStreamThatStartsWithASkippableFrameIsZstdAndReadsPastIt() throws IOException {
        ByteArrayOutputStream blob = new ByteArrayOutputStream();
        blob.write(new byte[] {0x5f, 0x2a, 0x4d, 0x18, 3, 0, 0, 0, 'a', 'b', 'c'});
        blob.write(Compression.ZSTD.compress("tar".getBytes(StandardCharsets.US_ASCII)));
        var in = LayerCompression.buffered(new ByteArrayInputStream(blob.toByteArray()));

        LayerCompression compression = LayerCompression.detect(in);
        try (InputStream tar = compression.decompress(in)) {
            assertThat(compression).isEqualTo(LayerCompression.ZSTD);
            assertThat(tar.readAllBytes()).asString(StandardCharsets.US_ASCII).isEqualTo("tar");
        }
    }

    @Test
    void corruptZstdDataIsAnIoErrorWhetherReadOrSkipped() throws IOException {
        byte[] corrupt = Compression.ZSTD.compress(PASSWD.tar());
        Arrays.fill(corrupt, 4, corrupt.length, (byte) 0xff);

        try (InputStream read = decompressed(corrupt);
                InputStream skipped = decompressed(corrupt)) {
            assertThat(read.available()).isZero();
            assertThatThrownBy(read::read).isInstanceOf(IOException.class).hasMessageStartingWith("corrupt zstd data");
            assertThatThrownBy(() -> skipped.skip(100))
                    .isInstanceOf(IOException.class)
                    .hasMessageStartingWith("corrupt zstd data");
        }
    }

    private static InputStream decompressed(byte[] blob) throws IOException {
        var in = LayerCompression.buffered(new ByteArrayInputStream(blob));
        return LayerCompression.detect(in).decompress(in);
    }

    @ParameterizedTest
    @CsvSource({
        "application/vnd.oci.image.layer.v1.tar, NONE",
        "application/vnd.oci.image.layer.v1.tar+gzip, GZIP",
        "application/vnd.oci.image.layer.v1.tar+zstd, ZSTD",
        "application/vnd.oci.image.layer.nondistributable.v1.tar+gzip, GZIP",
        "application/vnd.docker.image.rootfs.diff.tar, NONE",
        "application/vnd.docker.image.rootfs.diff.tar.gzip, GZIP",
        "application/vnd.docker.image.rootfs.foreign.diff.tar.gzip, GZIP"
    })
    void aMediaTypeClaimsTheCompressionItsSuffixNames(String mediaType, LayerCompression claimed) {
        assertThat(LayerCompression.claimedBy(mediaType)).contains(claimed);
    }

    @Test
    void aMediaTypeWithoutACompressionSuffixClaimsNothing() {
        assertThat(LayerCompression.claimedBy("application/octet-stream")).isEmpty();
    }

    @Test
    void aPlainTarLabelledGzipIsReadWithAWarningNamingTheLayer() throws Exception {
        Descriptor layer = images.add(MediaTypes.OCI_LAYER_GZIP, PASSWD.tar());
        LayeredFilesystem filesystem = filesystem(layer);

        assertThat(filesystem.read("/etc/passwd")).isPresent();
        assertThat(filesystem.unreadableLayer()).isEmpty();
        assertThat(warnings)
                .containsExactly("layer 1 of 1 (" + layer.digest().abbreviated() + ") of " + REFERENCE + " is labelled "
                        + MediaTypes.OCI_LAYER_GZIP + " but is uncompressed: it is read as uncompressed, as containerd"
                        + " reads it; tools that trust the media type may refuse it, so push it again with the media"
                        + " type that matches its content");
    }

    @Test
    void zstdLabelledGzipAndGzipLabelledTarAreReadToo() throws Exception {
        Descriptor zstd = images.add(MediaTypes.OCI_LAYER_GZIP, Compression.ZSTD.compress(PASSWD.tar()));
        Descriptor gzip = images.add(
                MediaTypes.OCI_LAYER,
                Compression.GZIP.compress(
                        TestLayer.create().file("/etc/group", "cnb:x:1000:\n").tar()));
        LayeredFilesystem filesystem = filesystem(zstd, gzip);

        assertThat(filesystem.read("/etc/passwd")).isPresent();
        assertThat(filesystem.read("/etc/group")).isPresent();
        assertThat(warnings).hasSize(2);
        assertThat(warnings.get(0)).startsWith("layer 2 of 2").contains("but is gzip-compressed");
        assertThat(warnings.get(1)).startsWith("layer 1 of 2").contains("but is zstd-compressed");
    }

    @Test
    void aLayerReadTwiceIsReportedOnce() throws Exception {
        Descriptor layer = images.add(
                MediaTypes.OCI_LAYER_GZIP,
                TestLayer.create()
                        .file("/etc/os-release", "ID=ubuntu\n")
                        .symlink("/etc/alias", "/etc/os-release")
                        .tar());
        LayeredFilesystem filesystem = filesystem(layer);

        filesystem.stat("/etc/alias");
        filesystem.read("/etc/alias");

        assertThat(images.store().openCount(layer)).isEqualTo(2);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aLayerThatMatchesItsMediaTypeIsNoWarning() throws Exception {
        LayeredFilesystem filesystem =
                filesystem(images.add(MediaTypes.OCI_LAYER_GZIP, Compression.GZIP.compress(PASSWD.tar())));

        assertThat(filesystem.read("/etc/passwd")).isPresent();
        assertThat(warnings).isEmpty();
    }

    private LayeredFilesystem filesystem(Descriptor... bottomFirst) {
        return new LayeredFilesystem(
                images.image(REFERENCE, TestImage.bare("linux", "amd64"), List.of(bottomFirst)),
                ReadBudget.forLayerBudget(64L * 1024 * 1024),
                ExpectedQuestions.none(),
                warnings::add);
    }
}
