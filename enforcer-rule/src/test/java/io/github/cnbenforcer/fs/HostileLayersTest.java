package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.testing.Compression;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Layers that are too large, corrupt or malicious make facts unavailable, with a reason; nothing hangs or blows up. */
@Timeout(30)
class HostileLayersTest {
    private static final String REFERENCE = "registry.example.com/stack/build:1";

    private final InMemoryImages images = new InMemoryImages();
    private final List<Descriptor> layers = new ArrayList<>();

    @Test
    void budgetSpentBeforeAnswerMakesTheFactUnavailable() {
        TestLayer big = TestLayer.create().compression(Compression.NONE);
        for (int i = 0; i < 20; i++) {
            big.file("/usr/share/doc/file" + i, new byte[4096], 0, 0, 0644);
        }
        LayeredFilesystem filesystem = filesystem(10_000, big.file("/etc/passwd", "x\n"));

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .isInstanceOf(FactUnavailableException.class)
                .hasMessage("read 10000 bytes of the layers of " + REFERENCE + " (layerBudgetMiB) before finding"
                        + " /etc/passwd; raise layerBudgetMiB, or set inspectLayers to false to skip the checks that"
                        + " read layers");
    }

    @Test
    void extremeCompressionRatioStopsReading() {
        TestLayer bomb = TestLayer.create()
                .compression(Compression.GZIP)
                .file("/zeros", new byte[8 * 1024 * 1024], 0, 0, 0644)
                .file("/etc/passwd", "x\n");
        LayeredFilesystem filesystem = filesystem(64 * 1024, bomb);

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .hasMessageContaining("decompressed to more than 1 MiB")
                .hasMessageContaining("extreme compression ratio");
    }

    @Test
    void tooManyEntriesToRememberStopReading() {
        TestLayer many = TestLayer.create();
        for (int i = 0; i < 100; i++) {
            many.file("/f/" + i, "");
        }
        layers.add(images.add(many.file("/etc/passwd", "x\n")));
        ReadBudget budget = new ReadBudget(1024 * 1024, 16 * 1024 * 1024, 50 * ReadBudget.ENTRY_OVERHEAD_BYTES);
        LayeredFilesystem filesystem = new LayeredFilesystem(image(), budget, ExpectedQuestions.none(), warning -> {});

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .hasMessage("the layers of " + REFERENCE + " hold too many entries, or too large files for the"
                        + " checks, before /etc/passwd was found: remembering them would take more than 8000 bytes of"
                        + " heap (an eighth of layerBudgetMiB); raise layerBudgetMiB");
    }

    @Test
    void headerClaimingAHugeSizeMakesTheLayerUnreadable() {
        LayeredFilesystem filesystem = filesystem(
                64L * 1024 * 1024,
                TestLayer.create()
                        .fileWithDeclaredSize("/huge", new byte[10], 1L << 32)
                        .file("/etc/passwd", "x\n"));

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .isInstanceOf(FactUnavailableException.class)
                .hasMessageContaining("layer 1 of 1")
                .hasMessageContaining("is unreadable");
    }

    @Test
    void wantedFileClaimingAHugeSizeIsNotRead() {
        LayeredFilesystem filesystem = filesystem(
                64L * 1024 * 1024, TestLayer.create().fileWithDeclaredSize("/etc/passwd", new byte[10], 1L << 32));

        assertThatThrownBy(() -> filesystem.read("/etc/passwd")).hasMessageContaining("has 4294967296 bytes");
    }

    @Test
    void truncatedGzipLayerIsUnreadable() {
        assertUnreadable(
                truncated(passwdLayer(Compression.GZIP)),
                MediaTypes.OCI_LAYER_GZIP,
                "Unexpected end of ZLIB input stream");
    }

    @Test
    void truncatedZstdLayerIsUnreadable() {
        assertUnreadable(truncated(passwdLayer(Compression.ZSTD)), MediaTypes.OCI_LAYER_ZSTD, "Not enough input bytes");
    }

    @Test
    void truncatedTarLayerIsUnreadable() {
        assertUnreadable(truncated(passwdLayer(Compression.NONE)), MediaTypes.OCI_LAYER, "truncated");
    }

    @Test
    void garbageUnderGzipMediaTypeIsUnreadable() {
        assertUnreadable(garbage(), MediaTypes.OCI_LAYER_GZIP, "not a tar archive");
    }

    @Test
    void garbageInAZstdFrameIsUnreadable() {
        byte[] frame = garbage();
        System.arraycopy(new byte[] {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd}, 0, frame, 0, 4);
        assertUnreadable(frame, MediaTypes.OCI_LAYER_ZSTD, "is unreadable");
    }

    @Test
    void garbageInsteadOfTarIsUnreadable() {
        assertUnreadable(garbage(), MediaTypes.DOCKER_LAYER, "not a tar archive");
    }

    @Test
    void storeThatCannotOpenALayerMakesFactsUnavailable() {
        Descriptor layer = images.add(passwdLayer(Compression.GZIP));
        images.store().failOpening(layer, "blob sha256:… is missing from the OCI layout");
        LayeredFilesystem filesystem = filesystem(layer);

        assertThatThrownBy(() -> filesystem.read("/etc/passwd")).hasMessageContaining("is missing from the OCI layout");
    }

    @Test
    void streamFailingMidwayMakesFactsUnavailable() {
        TestLayer layer = TestLayer.create()
                .compression(Compression.NONE)
                .file("/usr/bin/tool", new byte[8192], 0, 0, 0755)
                .file("/etc/passwd", "x\n");
        Descriptor descriptor = images.add(layer);
        images.store().failReadingAfter(descriptor, 2048);
        LayeredFilesystem filesystem = filesystem(descriptor);

        assertThatThrownBy(() -> filesystem.read("/etc/passwd")).hasMessageContaining("connection reset");
    }

    @Test
    void aCorruptLayerFailsTheImageNamingTheLayerAndWhatToDo() {
        Descriptor layer = images.add(MediaTypes.OCI_LAYER_GZIP, truncated(passwdLayer(Compression.GZIP)));
        LayeredFilesystem filesystem = filesystem(layer);

        assertThatThrownBy(() -> filesystem.read("/etc/passwd")).isInstanceOf(FactUnavailableException.class);
        assertThat(filesystem.unreadableLayer())
                .hasValue("layer 1 of 1 (" + layer.digest().abbreviated() + ") of " + REFERENCE + " is corrupt"
                        + " (Unexpected end of ZLIB input stream): push or copy the image again, or set"
                        + " <inspectLayers>false</inspectLayers> to skip the checks that read layers");
    }

    @Test
    void aLayerThatCouldNotBeFetchedFailsTheImageWithTheCause() {
        Descriptor layer = images.add(passwdLayer(Compression.NONE));
        images.store().failReadingAfter(layer, 2048);
        LayeredFilesystem filesystem = filesystem(layer);

        assertThatThrownBy(() -> filesystem.read("/etc/passwd")).isInstanceOf(FactUnavailableException.class);
        assertThat(filesystem.unreadableLayer())
                .hasValue("cannot read layer 1 of 1 (" + layer.digest().abbreviated() + ") of " + REFERENCE
                        + ": connection reset (simulated)");
    }

    @Test
    void aSpentBudgetLeavesFactsUnverifiedButTheImageReadable() {
        LayeredFilesystem filesystem = filesystem(1024, passwdLayer(Compression.NONE));

        assertThatThrownBy(() -> filesystem.read("/etc/passwd")).hasMessageContaining("layerBudgetMiB");
        assertThat(filesystem.unreadableLayer()).isEmpty();
    }

    @Test
    void factsDecidedBeforeAnUnreadableLayerAreStillAnswered() throws Exception {
        layers.add(images.add(MediaTypes.OCI_LAYER_GZIP, garbage()));
        layers.add(images.add(passwdLayer(Compression.GZIP)));
        LayeredFilesystem filesystem = filesystem(64L * 1024 * 1024);

        assertThat(filesystem.read("/etc/passwd")).isPresent();
        assertThatThrownBy(() -> filesystem.stat("/home/cnb"))
                .hasMessageStartingWith("cannot look for /home/cnb in " + REFERENCE + ": layer 1 of 2");
        assertThat(filesystem.read("/etc/passwd")).isPresent();
    }

    @Test
    void unreadableLayerIsNotReadAgainForLaterQuestions() {
        layers.add(images.add(MediaTypes.OCI_LAYER_GZIP, garbage()));
        LayeredFilesystem filesystem = filesystem(64L * 1024 * 1024);

        assertThatThrownBy(() -> filesystem.stat("/a")).isInstanceOf(FactUnavailableException.class);
        assertThatThrownBy(() -> filesystem.stat("/b")).isInstanceOf(FactUnavailableException.class);
        assertThat(images.store().openCount(layers.get(0))).isEqualTo(1);
    }

    @Test
    void symlinkChainsEndQuickly() {
        TestLayer layer = TestLayer.create();
        for (int i = 0; i < 1000; i++) {
            layer.symlink("/l" + i, "/l" + (i + 1) + "/../l" + (i + 1));
        }
        LayeredFilesystem filesystem = filesystem(64L * 1024 * 1024, layer);

        long start = System.nanoTime();
        assertThatThrownBy(() -> filesystem.stat("/l0")).hasMessageContaining("symlink loop");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    private void assertUnreadable(byte[] blob, String mediaType, String cause) {
        layers.add(images.add(mediaType, blob));
        LayeredFilesystem filesystem = filesystem(64L * 1024 * 1024);

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .isInstanceOf(FactUnavailableException.class)
                .hasMessageContaining("cannot look for /etc/passwd in " + REFERENCE + ": layer 1 of 1 (sha256:")
                .hasMessageContaining(cause);
    }

    /** A layer whose /etc/passwd comes after enough data that a truncated copy misses it. */
    private static TestLayer passwdLayer(Compression compression) {
        byte[] noise = new byte[256 * 1024];
        new Random(7).nextBytes(noise);
        return TestLayer.create()
                .compression(compression)
                .file("/usr/lib/libnoise.so", noise, 0, 0, 0644)
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n");
    }

    private static byte[] truncated(TestLayer layer) {
        byte[] blob = layer.blob();
        return Arrays.copyOf(blob, blob.length / 2);
    }

    private static byte[] garbage() {
        byte[] garbage = new byte[64 * 1024];
        new Random(3).nextBytes(garbage);
        return garbage;
    }

    private LayeredFilesystem filesystem(long budget, TestLayer... bottomFirst) {
        for (TestLayer layer : bottomFirst) {
            layers.add(images.add(layer));
        }
        return filesystem(budget);
    }

    private LayeredFilesystem filesystem(Descriptor layer) {
        layers.add(layer);
        return filesystem(64L * 1024 * 1024);
    }

    private LayeredFilesystem filesystem(long budget) {
        return new LayeredFilesystem(
                image(), ReadBudget.forLayerBudget(budget), ExpectedQuestions.none(), warning -> {});
    }

    private PlatformImage image() {
        return images.image(REFERENCE, TestImage.bare("linux", "amd64"), layers);
    }
}
