package io.github.cnbenforcer.source.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.ImageReadException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading files out of a tar in place: names, links and limits. */
class TarFilesTest {
    @TempDir
    Path temp;

    @Test
    void anEntryThatWouldBeWrittenOutsideIsRefused() throws Exception {
        Path tar = tar(new Entry("index.json", "{}"), new Entry("blobs/../../index.json", "{}"));

        assertThatThrownBy(() -> TarFiles.open(tar, "test archive"))
                .isInstanceOf(ImageReadException.class)
                .hasMessage("test archive holds the entry 'blobs/../../index.json', which would be written outside the"
                        + " directory the archive is unpacked in: the rule refuses such archives");
    }

    @Test
    void linksThatPointOutsideAreRefused() throws Exception {
        for (Entry link : List.of(
                Entry.symlink("1234/layer.tar", "../../etc/passwd"),
                Entry.symlink("index.json", "/etc/passwd"),
                Entry.hardlink("index.json", "../outside/index.json"))) {
            Path tar = tar(new Entry("blobs/sha256/abc", "layer bytes"), link);

            assertThatThrownBy(() -> TarFiles.open(tar, "test archive"))
                    .isInstanceOf(ImageReadException.class)
                    .hasMessage("test archive holds the link '" + link.name + "' to '" + link.link
                            + "', outside the archive: the rule does not follow links out of an image archive");
        }
    }

    @Test
    void namesFromTheArchiveAreShownEscaped() throws Exception {
        Path tar = tar(new Entry("../\u001b[2J\n[ERROR] forged", "x"));

        assertThatThrownBy(() -> TarFiles.open(tar, "test archive"))
                .hasMessageContaining("'../\\u001b[2J\\n[ERROR] forged'")
                .hasMessageNotContaining("\u001b")
                .hasMessageNotContaining("\n");
    }

    @Test
    void longNamesAndLargeFilesAreReadAtTheirOffsets() throws Exception {
        String longName = "blobs/sha256/" + "d".repeat(64) + "/" + "e".repeat(80);
        String large = "0123456789abcdef".repeat(1000);
        Path tar = tar(new Entry(longName, "long"), new Entry("large", large), new Entry("tail", "end"));

        try (TarFiles files = TarFiles.open(tar, "test archive")) {
            assertThat(files.read(longName, 100)).map(String::new).contains("long");
            assertThat(files.read("large", 100_000)).map(String::new).contains(large);
            assertThat(files.read("tail", 100)).map(String::new).contains("end");
        }
    }

    @Test
    void symbolicAndHardLinksAreFollowed() throws Exception {
        Path tar = tar(
                new Entry("blobs/sha256/abc", "layer bytes"),
                Entry.symlink("1234/layer.tar", "../blobs/sha256/abc"),
                Entry.hardlink("copy.tar", "1234/layer.tar"));

        try (TarFiles files = TarFiles.open(tar, "test archive")) {
            assertThat(files.read("1234/layer.tar", 100)).map(String::new).contains("layer bytes");
            assertThat(files.read("copy.tar", 100)).map(String::new).contains("layer bytes");
        }
    }

    @Test
    void linkLoopsLeadNowhere() throws Exception {
        Path tar = tar(Entry.symlink("a", "b"), Entry.symlink("b", "a"));

        try (TarFiles files = TarFiles.open(tar, "test archive")) {
            assertThat(files.contains("a")).isFalse();
        }
    }

    @Test
    void laterEntryOfTheSameNameWins() throws Exception {
        Path tar = tar(new Entry("index.json", "old"), new Entry("./index.json", "new"));

        try (TarFiles files = TarFiles.open(tar, "test archive")) {
            assertThat(files.read("index.json", 100)).map(String::new).contains("new");
        }
    }

    @Test
    void directoriesAreNoFiles() throws Exception {
        Path tar = tar(Entry.directory("blobs/"));

        try (TarFiles files = TarFiles.open(tar, "test archive")) {
            assertThat(files.contains("blobs")).isFalse();
        }
    }

    @Test
    void fileOverTheLimitIsNotRead() throws Exception {
        Path tar = tar(new Entry("manifest.json", "[]".repeat(100)));

        try (TarFiles files = TarFiles.open(tar, "test archive")) {
            assertThatThrownBy(() -> files.read("manifest.json", 10))
                    .isInstanceOf(ImageReadException.class)
                    .hasMessage("manifest.json in test archive is 200 bytes, more than the 10 bytes the rule reads of"
                            + " such a file: it is not an image document");
        }
    }

    @Test
    void truncatedArchiveIsNoTar() throws Exception {
        Path tar = tar(new Entry("index.json", "x".repeat(2000)));
        Files.write(tar, java.util.Arrays.copyOf(Files.readAllBytes(tar), 700));

        assertThatThrownBy(() -> TarFiles.open(tar, "test archive"))
                .isInstanceOf(ImageReadException.class)
                .hasMessageStartingWith("test archive is not a tar archive (");
    }

    private static final class Entry {
        final String name;
        final byte type;
        final String content;
        final String link;

        Entry(String name, String content) {
            this(name, TarConstants.LF_NORMAL, content, null);
        }

        private Entry(String name, byte type, String content, String link) {
            this.name = name;
            this.type = type;
            this.content = content;
            this.link = link;
        }

        static Entry symlink(String name, String target) {
            return new Entry(name, TarConstants.LF_SYMLINK, "", target);
        }

        static Entry hardlink(String name, String target) {
            return new Entry(name, TarConstants.LF_LINK, "", target);
        }

        static Entry directory(String name) {
            return new Entry(name, TarConstants.LF_DIR, "", null);
        }
    }

    private Path tar(Entry... entries) throws IOException {
        Path file = temp.resolve("test.tar");
        try (OutputStream out = Files.newOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Entry entry : entries) {
                TarArchiveEntry header = new TarArchiveEntry(entry.name, entry.type, true);
                byte[] content = entry.content.getBytes(StandardCharsets.UTF_8);
                if (entry.link != null) {
                    header.setLinkName(entry.link);
                }
                header.setSize(content.length);
                tar.putArchiveEntry(header);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return file;
    }
}
