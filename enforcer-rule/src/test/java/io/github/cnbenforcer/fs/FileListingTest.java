package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Listing a directory across layers and reading files larger than the usual facts, as a package
 * database needs: whiteouts and opaque directories applied, the caller's size limit, and the files
 * a later question will read kept in the pass that goes by them.
 */
class FileListingTest {
    private static final long BUDGET = 64L * 1024 * 1024;
    private static final String STATUS_D = "/var/lib/dpkg/status.d";

    private final InMemoryImages images = new InMemoryImages();
    private final List<Descriptor> layers = new ArrayList<>();

    @Test
    void listsTheRegularFilesOfEveryLayerWithWhiteoutsApplied() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                ExpectedQuestions.none(),
                TestLayer.create()
                        .file(STATUS_D + "/base-files", "a")
                        .file(STATUS_D + "/libssl3", "b")
                        .file(STATUS_D + "/tzdata", "c"),
                TestLayer.create()
                        .whiteout(STATUS_D + "/libssl3")
                        .file(STATUS_D + "/libc6", "d")
                        .hardlink(STATUS_D + "/zlib1g", STATUS_D + "/libc6")
                        .symlink(STATUS_D + "/link", "tzdata")
                        .directory(STATUS_D + "/sub", 0, 0, 0755)
                        .file(STATUS_D + "/sub/nested", "e"));

        assertThat(filesystem.listFiles(STATUS_D)).contains(List.of("base-files", "libc6", "tzdata", "zlib1g"));
    }

    @Test
    void aHardLinkWhoseTargetAHigherLayerRemovesIsListed() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                ExpectedQuestions.none(),
                TestLayer.create()
                        .file("/usr/share/dpkg/libc6", "a")
                        .hardlink(STATUS_D + "/libc6", "/usr/share/dpkg/libc6")
                        .file(STATUS_D + "/zlib1g", "b"),
                TestLayer.create().whiteout("/usr/share/dpkg/libc6").whiteout(STATUS_D + "/zlib1g"));

        assertThat(filesystem.listFiles(STATUS_D)).contains(List.of("libc6"));
        assertThat(filesystem.read(STATUS_D + "/libc6", 16).map(bytes -> new String(bytes, StandardCharsets.UTF_8)))
                .contains("a");
    }

    @Test
    void anOpaqueDirectoryEndsTheListingWithoutReadingLowerLayers() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                ExpectedQuestions.none(),
                TestLayer.create().file(STATUS_D + "/old", "a"),
                TestLayer.create()
                        .directory(STATUS_D, 0, 0, 0755)
                        .opaque(STATUS_D)
                        .file(STATUS_D + "/new", "b"));

        assertThat(filesystem.listFiles(STATUS_D)).contains(List.of("new"));
        assertThat(opens(0)).isZero();
    }

    @Test
    void aDirectoryThatIsNotThereListsNothing() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                ExpectedQuestions.none(),
                TestLayer.create().file("/var/lib/dpkg/status", "x"),
                TestLayer.create().file(STATUS_D, "a file, not a directory"));

        assertThat(filesystem.listFiles(STATUS_D)).isEmpty();
        assertThat(filesystem.listFiles("/opt/nothing")).isEmpty();
    }

    @Test
    void aSymlinkedDirectoryIsListedWhereItLeads() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                ExpectedQuestions.none(),
                TestLayer.create()
                        .file("/usr/share/dpkg/status.d/base-files", "a")
                        .symlink(STATUS_D, "/usr/share/dpkg/status.d"));

        assertThat(filesystem.listFiles(STATUS_D)).contains(List.of("base-files"));
    }

    @Test
    void aListingLeftUnsettledByTheBudgetIsUnavailable() {
        layers.add(images.add(TestLayer.create().file(STATUS_D + "/lower", "a")));
        layers.add(images.add(TestLayer.create().file(STATUS_D + "/upper", "b")));
        ReadBudget budget = new ReadBudget(layers.get(1).size(), 1024 * 1024, 1024 * 1024);
        LayeredFilesystem filesystem = new LayeredFilesystem(image(), budget, ExpectedQuestions.none(), warning -> {});

        assertThatThrownBy(() -> filesystem.listFiles(STATUS_D))
                .isInstanceOf(FactUnavailableException.class)
                .hasMessageContaining("before finding " + STATUS_D);
    }

    @Test
    void theCallerMayReadAFileLargerThanTheUsualFacts() throws Exception {
        byte[] status = new byte[3 * LayeredFilesystem.MAX_FILE_BYTES];
        LayeredFilesystem filesystem = filesystem(
                ExpectedQuestions.none(), TestLayer.create().file("/var/lib/dpkg/status", status, 0, 0, 0644));

        assertThat(filesystem.read("/var/lib/dpkg/status", 4 * LayeredFilesystem.MAX_FILE_BYTES))
                .hasValueSatisfying(content -> assertThat(content).hasSize(status.length));
        assertThatThrownBy(() -> filesystem.read("/var/lib/dpkg/status", 2 * LayeredFilesystem.MAX_FILE_BYTES))
                .isInstanceOf(FactUnavailableException.class)
                .hasMessageContaining("has 3145728 bytes; the rule reads files of up to 2 MiB");
    }

    @Test
    void filesKeptForALaterQuestionNeedNoSecondRead() throws Exception {
        KeptFiles kept = KeptFiles.of(List.of("/var/lib/dpkg/status"), List.of(STATUS_D), 4 * 1024 * 1024);
        LayeredFilesystem filesystem = filesystem(
                known -> kept.questions(),
                TestLayer.create()
                        .file("/var/lib/dpkg/status", "Package: base-files\n")
                        .file(STATUS_D + "/libc6", "Package: libc6\n"),
                TestLayer.create().file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n"));

        filesystem.stat("/etc/group");
        assertThat(opens(0)).isEqualTo(1);

        assertThat(text(filesystem.read("/var/lib/dpkg/status", 1024))).isEqualTo("Package: base-files\n");
        assertThat(filesystem.listFiles(STATUS_D)).contains(List.of("libc6"));
        assertThat(text(filesystem.read(STATUS_D + "/libc6", 1024))).isEqualTo("Package: libc6\n");
        assertThat(opens(0)).isEqualTo(1);
        assertThat(opens(1)).isEqualTo(1);
    }

    @Test
    void aFilePassedByBeforeItWasWantedIsReadAgainFromItsLayerOnly() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                ExpectedQuestions.none(),
                TestLayer.create().file(STATUS_D + "/libc6", "Package: libc6\n"),
                TestLayer.create().file("/etc/passwd", "x\n"));
        assertThat(filesystem.listFiles(STATUS_D)).contains(List.of("libc6"));

        assertThat(text(filesystem.read(STATUS_D + "/libc6", 1024))).isEqualTo("Package: libc6\n");
        assertThat(opens(0)).isEqualTo(2);
        assertThat(opens(1)).isEqualTo(1);
    }

    @Test
    void keptContentCountsAgainstTheHeapBudget() {
        KeptFiles kept = KeptFiles.of(List.of("/var/lib/dpkg/status"), List.of(), 4 * 1024 * 1024);
        layers.add(images.add(TestLayer.create()
                .file("/var/lib/dpkg/status", new byte[64 * 1024], 0, 0, 0644)
                .file("/etc/passwd", "x\n")));
        ReadBudget budget = new ReadBudget(1024 * 1024, 16 * 1024 * 1024, 32 * 1024);
        LayeredFilesystem filesystem = new LayeredFilesystem(image(), budget, known -> kept.questions(), warning -> {});

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .isInstanceOf(FactUnavailableException.class)
                .hasMessageContaining("too large files for the checks");
    }

    private LayeredFilesystem filesystem(ExpectedQuestions expected, TestLayer... bottomFirst) {
        for (TestLayer layer : bottomFirst) {
            layers.add(images.add(layer));
        }
        return new LayeredFilesystem(image(), ReadBudget.forLayerBudget(BUDGET), expected, warning -> {});
    }

    private PlatformImage image() {
        return images.image("registry.example.com/stack/run:1", TestImage.bare("linux", "amd64"), layers);
    }

    private int opens(int bottomFirstIndex) {
        return images.store().openCount(layers.get(bottomFirstIndex));
    }

    private static String text(Optional<byte[]> content) {
        return new String(content.orElseThrow(), StandardCharsets.UTF_8);
    }
}
