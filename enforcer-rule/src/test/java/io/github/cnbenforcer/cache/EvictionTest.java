package io.github.cnbenforcer.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.image.Digest;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvictionTest {
    private static final long BOUND = 1000;

    @TempDir
    Path directory;

    private final SteppingClock clock = new SteppingClock(Instant.parse("2026-03-01T10:00:00Z"));
    private final List<String> debug = new ArrayList<>();
    private DiskCache cache;

    @BeforeEach
    void open() throws IOException {
        cache = DiskCache.open(directory, BOUND, debug::add, clock);
    }

    @Test
    void theLeastRecentlyUsedGoFirst() {
        byte[] a = blob('a');
        byte[] b = blob('b');
        byte[] c = blob('c');
        byte[] d = blob('d');
        byte[] e = blob('e');
        put(a);
        put(b);
        put(c);
        put(d);
        clock.advance(Duration.ofMinutes(1));
        assertThat(cache.blob(Digest.sha256(a))).isPresent();

        put(e);

        assertThat(debug).anyMatch(line -> line.contains("evicted 2"));
        assertThat(cache.blob(Digest.sha256(b))).isEmpty();
        assertThat(cache.blob(Digest.sha256(c))).isEmpty();
        assertThat(cache.blob(Digest.sha256(a))).isPresent();
        assertThat(cache.blob(Digest.sha256(d))).isPresent();
        assertThat(cache.blob(Digest.sha256(e))).isPresent();
    }

    @Test
    void staysWithinItsBound() throws IOException {
        for (char name = 'a'; name <= 'z'; name++) {
            put(blob(name));
        }

        assertThat(totalBytes()).isLessThanOrEqualTo(BOUND);
        assertThat(cache.blob(Digest.sha256(blob('z')))).isPresent();
        assertThat(cache.blob(Digest.sha256(blob('a')))).isEmpty();
    }

    @Test
    void countsFactsAndTagsToo() throws IOException {
        for (int i = 0; i < 20; i++) {
            cache.putFact(FactKey.of("layer-facts-v1", List.of(Digest.sha256(blob((char) ('a' + i))))), new byte[20]);
            clock.advance(Duration.ofSeconds(1));
        }

        assertThat(totalBytes()).isLessThanOrEqualTo(BOUND);
    }

    @Test
    void leavesFilesBeingWrittenAlone() throws IOException {
        Path writing = temporaryFile(Duration.ofMinutes(5));

        for (char name = 'a'; name <= 'f'; name++) {
            put(blob(name));
        }

        assertThat(writing).exists();
    }

    @Test
    void deletesFilesAbandonedMidWrite() throws IOException {
        Path abandoned = temporaryFile(Duration.ofHours(2));

        put(blob('a'));

        assertThat(abandoned).doesNotExist();
    }

    @Test
    void leavesTrimmingToTheProcessThatHoldsTheLock() throws IOException {
        put(blob('a'));
        put(blob('b'));
        put(blob('c'));
        try (FileChannel channel = FileChannel.open(
                        directory.resolve("v1").resolve(Eviction.LOCK_FILE), StandardOpenOption.WRITE);
                FileLock held = channel.lock()) {
            put(blob('d'));
            put(blob('e'));

            assertThat(totalBytes()).isGreaterThan(BOUND);
        }

        cache.trim();

        assertThat(totalBytes()).isLessThanOrEqualTo(BOUND);
    }

    /** A file as a process writing an entry leaves it, last written {@code age} ago. */
    private Path temporaryFile(Duration age) throws IOException {
        Path file = Files.createTempFile(Files.createDirectories(directory.resolve("v1/blobs/sha256")), ".tmp-", "");
        Files.write(file, new byte[240]);
        Files.setLastModifiedTime(file, FileTime.from(clock.instant().minus(age)));
        return file;
    }

    /** 240 bytes: four fit in the bound, a fifth does not; trimming leaves at most 900 bytes, three. */
    private static byte[] blob(char name) {
        byte[] content = new byte[240];
        content[0] = (byte) name;
        return content;
    }

    private void put(byte[] content) {
        cache.putBlob(Digest.sha256(content), content);
        clock.advance(Duration.ofSeconds(1));
    }

    private long totalBytes() throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> !file.getFileName().toString().startsWith("."))
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }
}
