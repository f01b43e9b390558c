package io.github.cnbenforcer.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Entries of a tar file found by their headers and read at their offsets. */
class TarIndexTest {
    private static final String LONG_NAME = "blobs/sha256/" + "d".repeat(64) + "/" + "e".repeat(90);

    @TempDir
    Path temp;

    @Test
    void readsEveryEntryAtItsOffsetWithGnuLongNames() throws IOException {
        assertEveryEntryReadsBack(TarArchiveOutputStream.LONGFILE_GNU);
    }

    @Test
    void readsEveryEntryAtItsOffsetWithPaxHeaders() throws IOException {
        assertEveryEntryReadsBack(TarArchiveOutputStream.LONGFILE_POSIX);
    }

    private void assertEveryEntryReadsBack(int longFileMode) throws IOException {
        byte[] large = new byte[70_000];
        new Random(7).nextBytes(large);
        List<byte[]> contents = List.of("{}".getBytes(StandardCharsets.UTF_8), large, new byte[0], new byte[512]);
        List<String> names = List.of("index.json", LONG_NAME, "empty", "one-block");
        Path file = tar(longFileMode, names, contents);

        TarIndex index = TarIndex.read(file);

        assertThat(index.entries()).extracting(TarIndex.Entry::name).isEqualTo(names);
        for (int i = 0; i < names.size(); i++) {
            TarIndex.Entry entry = index.entries().get(i);
            assertThat(entry.isRegularFile()).isTrue();
            assertThat(entry.size()).isEqualTo(contents.get(i).length);
            try (InputStream in = index.open(entry)) {
                assertThat(in.readAllBytes()).isEqualTo(contents.get(i));
            }
        }
    }

    @Test
    void readsNoEntryDataWhileIndexing() throws IOException {
        byte[] large = new byte[1 << 20];
        Path file = tar(TarArchiveOutputStream.LONGFILE_ERROR, List.of("a", "b"), List.of(large, large));

        List<TarIndex.Entry> entries = TarIndex.read(file).entries();

        assertThat(entries.get(0).offset()).isEqualTo(512);
        assertThat(entries.get(1).offset()).isEqualTo(512 + large.length + 512);
    }

    @Test
    void aTruncatedArchiveSaysSoInTermsOfTheArchive() throws IOException {
        Path file = tar(TarArchiveOutputStream.LONGFILE_ERROR, List.of("a"), List.of(new byte[2000]));
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 700));

        assertThatThrownBy(() -> TarIndex.read(file)).hasMessage("the archive ends inside an entry (truncated?)");
    }

    @Test
    void anEntryCutShortAfterIndexingIsRefusedWhenOpened() throws IOException {
        Path file = tar(TarArchiveOutputStream.LONGFILE_ERROR, List.of("a"), List.of(new byte[2000]));
        TarIndex index = TarIndex.read(file);
        Files.write(file, Arrays.copyOf(Files.readAllBytes(file), 1000));

        assertThatThrownBy(() -> index.open(index.entries().get(0)))
                .hasMessage("the archive ends inside the data of this entry (truncated?)");
    }

    @Test
    void anArchiveOfMoreEntriesThanTheIndexMayHoldIsRefused() throws IOException {
        List<String> names = List.of("a".repeat(100), "b".repeat(100), "c".repeat(100));
        Path file = tar(TarArchiveOutputStream.LONGFILE_GNU, names, List.of(new byte[0], new byte[0], new byte[0]));
        long twoEntries = 2 * (TarIndex.ENTRY_OVERHEAD_BYTES + 2 * 100);

        assertThat(TarIndex.read(file, twoEntries + 2 * 100).entries()).hasSize(3);
        assertThatThrownBy(() -> TarIndex.read(file, twoEntries))
                .isInstanceOf(IOException.class)
                .hasMessage("the archive lists more entries, or longer names, than an image archive holds");
    }

    private Path tar(int longFileMode, List<String> names, List<byte[]> contents) throws IOException {
        Path file = temp.resolve("test.tar");
        try (OutputStream out = Files.newOutputStream(file);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(longFileMode);
            for (int i = 0; i < names.size(); i++) {
                TarArchiveEntry entry = new TarArchiveEntry(names.get(i));
                entry.setSize(contents.get(i).length);
                tar.putArchiveEntry(entry);
                tar.write(contents.get(i));
                tar.closeArchiveEntry();
            }
        }
        return file;
    }
}
