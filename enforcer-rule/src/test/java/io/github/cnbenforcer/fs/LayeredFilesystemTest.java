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
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class LayeredFilesystemTest {
    private static final long BUDGET = 64L * 1024 * 1024;

    private final InMemoryImages images = new InMemoryImages();
    private final List<Descriptor> layers = new ArrayList<>();

    @ParameterizedTest
    @EnumSource(Compression.class)
    void readsLayersOfEachCompression(Compression compression) throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create()
                .compression(compression)
                .directory("/etc", 0, 0, 0755)
                .file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n"));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("root:x:0:0::/root:/bin/sh\n");
    }

    @ParameterizedTest
    @EnumSource(Compression.class)
    void recognisesCompressionByContentUnderDockerMediaType(Compression compression) throws Exception {
        byte[] blob = TestLayer.create()
                .compression(compression)
                .file("/etc/passwd", "docker\n")
                .blob();
        LayeredFilesystem filesystem = filesystem(images.add(MediaTypes.DOCKER_LAYER, blob));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("docker\n");
    }

    @Test
    void recordsOwnerGroupAndMode() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create().directory("/home/cnb", 1001, 1000, 0750));

        FileMetadata home = filesystem.stat("/home/cnb").orElseThrow();

        assertThat(home.path()).isEqualTo("/home/cnb");
        assertThat(home.type()).isEqualTo(FileMetadata.Type.DIRECTORY);
        assertThat(home.uid()).isEqualTo(1001);
        assertThat(home.gid()).isEqualTo(1000);
        assertThat(home.mode()).isEqualTo(0750);
    }

    /** Two layers, bottom first, a path, and what reading it shows: content, or null when nothing is there. */
    static Stream<Arguments> twoLayers() {
        return Stream.of(
                Arguments.of(
                        "a higher layer replaces a lower entry",
                        TestLayer.create().file("/etc/passwd", "lower\n"),
                        TestLayer.create().file("/etc/passwd", "upper\n"),
                        "/etc/passwd",
                        "upper\n"),
                Arguments.of(
                        "a whiteout removes a lower file",
                        TestLayer.create().file("/etc/passwd", "lower\n"),
                        TestLayer.create().whiteout("/etc/passwd"),
                        "/etc/passwd",
                        null),
                Arguments.of(
                        "a whiteout leaves what its own layer adds",
                        TestLayer.create().file("/etc/passwd", "lower\n"),
                        TestLayer.create().file("/etc/passwd", "same layer\n").whiteout("/etc/passwd"),
                        "/etc/passwd",
                        "same layer\n"),
                Arguments.of(
                        "an absolute symlink leads to its target",
                        TestLayer.create().file("/usr/lib/os-release", "ID=debian\n"),
                        TestLayer.create().symlink("/etc/os-release", "/usr/lib/os-release"),
                        "/etc/os-release",
                        "ID=debian\n"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoLayers")
    void readsWhatTheUpperLayerLeavesVisible(
            String description, TestLayer lower, TestLayer upper, String path, String expected) throws Exception {
        LayeredFilesystem filesystem = filesystem(lower, upper);

        assertThat(filesystem.read(path).map(content -> new String(content, StandardCharsets.UTF_8)))
                .isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void whiteoutRemovesLowerDirectoryWithItsContent() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().directory("/home/cnb", 1001, 1000, 0755).file("/home/cnb/.profile", "x"),
                TestLayer.create().whiteout("/home/cnb"));

        assertThat(filesystem.stat("/home/cnb")).isEmpty();
        assertThat(filesystem.stat("/home/cnb/.profile")).isEmpty();
        assertThat(filesystem.stat("/home")).isPresent();
    }

    @Test
    void opaqueDirectoryHidesLowerContentButNotItsOwn() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().file("/etc/passwd", "lower\n").file("/etc/group", "lower\n"),
                TestLayer.create()
                        .directory("/etc", 0, 0, 0755)
                        .file("/etc/group", "upper\n")
                        .opaque("/etc"));

        assertThat(filesystem.read("/etc/passwd")).isEmpty();
        assertThat(text(filesystem.read("/etc/group"))).isEqualTo("upper\n");
    }

    @Test
    void directoryReplacedByAFileHidesLowerContent() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().file("/opt/tool/config", "x"),
                TestLayer.create().file("/opt/tool", "now a file"),
                TestLayer.create().directory("/opt/tool", 0, 0, 0755));

        assertThat(filesystem.stat("/opt/tool/config")).isEmpty();
    }

    @Test
    void pathDecidedInTopLayerLeavesLowerLayersUnopened() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().file("/etc/passwd", "lower\n"),
                TestLayer.create().file("/etc/passwd", "upper\n"));

        filesystem.read("/etc/passwd");

        assertThat(opens(1)).isEqualTo(1);
        assertThat(opens(0)).isZero();
    }

    @Test
    void readingStopsWithinALayerOnceDecided() throws Exception {
        TestLayer layer = TestLayer.create().compression(Compression.NONE).file("/etc/passwd", "root\n");
        for (int i = 0; i < 100; i++) {
            layer.file("/usr/share/doc/file" + i, new byte[4096], 0, 0, 0644);
        }
        LayeredFilesystem filesystem = filesystem(layer);

        filesystem.read("/etc/passwd");

        assertThat(images.store().bytesRead()).isLessThan(layers.get(0).size() / 2);
    }

    @Test
    void absentPathIsDecidedAfterTheBottomLayer() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().file("/etc/group", "x"), TestLayer.create().file("/etc/hosts", "x"));

        assertThat(filesystem.stat("/etc/passwd")).isEmpty();
        assertThat(opens(0)).isEqualTo(1);
        assertThat(opens(1)).isEqualTo(1);
    }

    @Test
    void entriesOfLayersAlreadyReadAnswerLaterQuestionsWithoutReading() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().directory("/home/cnb", 1001, 1000, 0755),
                TestLayer.create().file("/etc/hosts", "x"));
        filesystem.stat("/etc/passwd");

        assertThat(filesystem.stat("/home/cnb")).isPresent();
        assertThat(filesystem.stat("/home/other")).isEmpty();
        assertThat(opens(0)).isEqualTo(1);
        assertThat(opens(1)).isEqualTo(1);
    }

    @Test
    void laterQuestionContinuesWhereReadingStopped() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().directory("/home/cnb", 1001, 1000, 0755),
                TestLayer.create().file("/etc/passwd", "x").file("/etc/shadow", "x"));
        filesystem.read("/etc/passwd");
        assertThat(opens(0)).isZero();

        assertThat(filesystem.stat("/home/cnb")).isPresent();
        // the top layer is opened again to read on from /etc/shadow; the entries before it are skipped
        assertThat(opens(1)).isEqualTo(2);
        assertThat(opens(0)).isEqualTo(1);
    }

    @Test
    void relativeSymlinkLeadsToItsTarget() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create()
                .symlink("/etc/os-release", "../usr/lib/os-release")
                .file("/usr/lib/os-release", "ID=ubuntu\n"));

        assertThat(text(filesystem.read("/etc/os-release"))).isEqualTo("ID=ubuntu\n");
        assertThat(filesystem.stat("/etc/os-release").orElseThrow().path()).isEqualTo("/usr/lib/os-release");
    }

    @Test
    void symlinkTargetInAHigherLayerIsReadAgainFromThatLayerOnly() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().symlink("/etc/os-release", "../usr/lib/os-release"),
                TestLayer.create().file("/usr/lib/os-release", "ID=ubuntu\n"));

        assertThat(text(filesystem.read("/etc/os-release"))).isEqualTo("ID=ubuntu\n");
        assertThat(opens(1)).isEqualTo(2);
        assertThat(opens(0)).isEqualTo(1);
    }

    @Test
    void symlinkedParentDirectoryIsFollowed() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().symlink("/home", "var/home").directory("/var/home/cnb", 1001, 1000, 0700));

        FileMetadata home = filesystem.stat("/home/cnb").orElseThrow();

        assertThat(home.path()).isEqualTo("/var/home/cnb");
        assertThat(home.uid()).isEqualTo(1001);
    }

    @Test
    void symlinkCannotLeaveTheImageRoot() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create()
                .symlink("/etc/passwd", "../../../../../../etc/real-passwd")
                .file("/etc/real-passwd", "inside\n"));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("inside\n");
    }

    @Test
    void symlinkLoopIsAPathTheImageCannotOpen() throws Exception {
        LayeredFilesystem filesystem =
                filesystem(TestLayer.create().symlink("/etc/a", "b").symlink("/etc/b", "/etc/a"));

        assertThatThrownBy(() -> filesystem.stat("/etc/a"))
                .isInstanceOf(UnopenablePathException.class)
                .hasMessageContaining("/etc/a")
                .hasMessageContaining("symlink loop");
    }

    @Test
    void symlinkThatContainsItselfIsALoop() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create().symlink("/deep", "/deep/deeper"));

        assertThatThrownBy(() -> filesystem.stat("/deep/x")).hasMessageContaining("symlink loop");
    }

    @Test
    void danglingSymlinkIsAbsent() throws Exception {
        LayeredFilesystem filesystem =
                filesystem(TestLayer.create().symlink("/etc/os-release", "../usr/lib/os-release"));

        assertThat(filesystem.read("/etc/os-release")).isEmpty();
    }

    @Test
    void hardLinkHasItsTargetsMetadataAndContent() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create()
                .file("/usr/share/base-passwd/passwd", "cnb:x:1001:1000::/home/cnb:/bin/sh\n", 5, 6, 0640)
                .hardlink("/etc/passwd", "/usr/share/base-passwd/passwd"));

        FileMetadata passwd = filesystem.stat("/etc/passwd").orElseThrow();

        assertThat(passwd.type()).isEqualTo(FileMetadata.Type.FILE);
        assertThat(passwd.uid()).isEqualTo(5);
        assertThat(passwd.mode()).isEqualTo(0640);
        assertThat(text(filesystem.read("/etc/passwd"))).startsWith("cnb:");
    }

    @Test
    void hardLinkReadsItsTargetAsItsOwnLayerHasIt() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                passwdLinkedToItsTarget(),
                TestLayer.create().file("/usr/share/base-passwd/passwd", "replaced\n", 0, 0, 0644));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("linked\n");
        assertThat(filesystem.stat("/etc/passwd").orElseThrow().uid()).isEqualTo(5);
        assertThat(text(filesystem.read("/usr/share/base-passwd/passwd"))).isEqualTo("replaced\n");
    }

    @Test
    void hardLinkOutlivesAWhiteoutOfItsTarget() throws Exception {
        LayeredFilesystem filesystem =
                filesystem(passwdLinkedToItsTarget(), TestLayer.create().whiteout("/usr/share/base-passwd"));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("linked\n");
        assertThat(filesystem.stat("/etc/passwd").orElseThrow().mode()).isEqualTo(0640);
        assertThat(filesystem.stat("/usr/share/base-passwd/passwd")).isEmpty();
    }

    /** A layer whose {@code /etc/passwd} is a hard link to {@code /usr/share/base-passwd/passwd}. */
    private static TestLayer passwdLinkedToItsTarget() {
        return TestLayer.create()
                .file("/usr/share/base-passwd/passwd", "linked\n", 5, 6, 0640)
                .hardlink("/etc/passwd", "/usr/share/base-passwd/passwd");
    }

    /**
     * A tar names an earlier entry of the same archive as a hard link's target; docker and containerd
     * fail to unpack a layer whose hard link names a file of a lower layer, so the layer is corrupt.
     */
    @Test
    void hardLinkToALowerLayerIsACorruptLayer() {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().file("/usr/bin/tool", "binary", 0, 0, 0755),
                TestLayer.create().hardlink("/usr/bin/tool-alias", "/usr/bin/tool"));

        assertThatThrownBy(() -> filesystem.stat("/usr/bin/tool-alias")).isInstanceOf(FactUnavailableException.class);
        assertThat(filesystem.unreadableLayer())
                .hasValueSatisfying(error -> assertThat(error)
                        .startsWith("layer 2 of 2")
                        .contains("is corrupt (the hard link '/usr/bin/tool-alias' names '/usr/bin/tool', which is"
                                + " not an earlier entry of its layer)"));
    }

    @Test
    void entryNamesWithDotSlashOrSlashAreTheSamePath() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create()
                .rawEntry("./etc/passwd", "dot slash\n")
                .rawEntry("/etc/group", "slash\n")
                .rawEntry("etc//hosts", "double slash\n"));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("dot slash\n");
        assertThat(text(filesystem.read("/etc/group"))).isEqualTo("slash\n");
        assertThat(text(filesystem.read("/etc/hosts"))).isEqualTo("double slash\n");
    }

    @Test
    void entriesEscapingTheRootAreIgnored() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().file("/etc/passwd", "genuine\n"),
                TestLayer.create()
                        .rawEntry("../etc/passwd", "escaped\n")
                        .rawEntry("etc/../../etc/passwd", "escaped\n"));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("genuine\n");
    }

    @Test
    void dotDotInsideTheRootIsResolved() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create().rawEntry("etc/skel/../passwd", "x\n"));

        assertThat(text(filesystem.read("/etc/passwd"))).isEqualTo("x\n");
    }

    @Test
    void parentsOfEntriesExistWithoutEntriesOfTheirOwn() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create().file("/etc/passwd", "x\n"));

        FileMetadata etc = filesystem.stat("/etc").orElseThrow();

        assertThat(etc.type()).isEqualTo(FileMetadata.Type.DIRECTORY);
        assertThat(etc.mode()).isEqualTo(0755);
    }

    @Test
    void unlistedParentTakesOwnerAndModeFromALowerLayer() throws Exception {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().directory("/home/cnb", 1001, 1000, 0700),
                TestLayer.create().file("/home/cnb/.profile", "x"));

        FileMetadata home = filesystem.stat("/home/cnb").orElseThrow();

        assertThat(home.uid()).isEqualTo(1001);
        assertThat(home.mode()).isEqualTo(0700);
    }

    @Test
    void rootAlwaysExists() throws Exception {
        LayeredFilesystem filesystem = filesystem(TestLayer.create().file("/etc/passwd", "x\n"));

        assertThat(filesystem.stat("/").orElseThrow().isDirectory()).isTrue();
        assertThat(opens(0)).isZero();
    }

    @Test
    void relativePathIsNotAFact() {
        LayeredFilesystem filesystem = filesystem(TestLayer.create());

        assertThatThrownBy(() -> filesystem.stat("home/cnb")).hasMessageContaining("not an absolute path");
    }

    @Test
    void directoryIsNotReadAsAFile() {
        LayeredFilesystem filesystem = filesystem(TestLayer.create().directory("/etc/passwd", 0, 0, 0755));

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .isInstanceOf(UnopenablePathException.class)
                .hasMessageContaining("not a regular file");
    }

    @Test
    void fileLargerThanTheContentLimitIsUnavailable() {
        LayeredFilesystem filesystem = filesystem(
                TestLayer.create().file("/etc/passwd", new byte[LayeredFilesystem.MAX_FILE_BYTES + 1], 0, 0, 0644));

        assertThatThrownBy(() -> filesystem.read("/etc/passwd"))
                .isInstanceOf(FactUnavailableException.class)
                .hasMessageContaining("1 MiB");
    }

    @Test
    void expectedQuestionsAreAnsweredInTheSamePass() throws Exception {
        layers.add(images.add(TestLayer.create().file("/usr/lib/os-release", "ID=ubuntu\n")));
        layers.add(images.add(TestLayer.create().file("/etc/passwd", "x\n")));
        LayeredFilesystem filesystem = new LayeredFilesystem(
                image(),
                ReadBudget.forLayerBudget(BUDGET),
                known -> List.of(PathQuestion.content("/usr/lib/os-release", LayeredFilesystem.MAX_FILE_BYTES)),
                warning -> {});

        filesystem.read("/etc/passwd");

        assertThat(filesystem.keptContent("/usr/lib/os-release")).isPresent();
        assertThat(text(filesystem.read("/usr/lib/os-release"))).isEqualTo("ID=ubuntu\n");
        assertThat(opens(0)).isEqualTo(1);
    }

    private LayeredFilesystem filesystem(TestLayer... bottomFirst) {
        for (TestLayer layer : bottomFirst) {
            layers.add(images.add(layer));
        }
        return new LayeredFilesystem(
                image(), ReadBudget.forLayerBudget(BUDGET), ExpectedQuestions.none(), warning -> {});
    }

    private LayeredFilesystem filesystem(Descriptor layer) {
        layers.add(layer);
        return new LayeredFilesystem(
                image(), ReadBudget.forLayerBudget(BUDGET), ExpectedQuestions.none(), warning -> {});
    }

    private PlatformImage image() {
        return images.image("registry.example.com/stack/build:1", TestImage.bare("linux", "amd64"), layers);
    }

    /** How many times the layer at {@code bottomFirstIndex} was opened. */
    private int opens(int bottomFirstIndex) {
        return images.store().openCount(layers.get(bottomFirstIndex));
    }

    private static String text(Optional<byte[]> content) {
        return new String(content.orElseThrow(), StandardCharsets.UTF_8);
    }
}
