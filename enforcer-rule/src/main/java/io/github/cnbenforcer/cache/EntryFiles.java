package io.github.cnbenforcer.cache;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;

/**
 * Files of the disk cache. An entry appears whole or not at all: it is written to a temporary file
 * beside it (a name starting with {@value #TEMPORARY_PREFIX}, which readers and eviction pass over)
 * and renamed into place in one atomic step, so a reader in any process sees the old entry, the new
 * one or none, never a part. Entries are never changed in place; a file's modification time is when
 * it was last written or read.
 */
final class EntryFiles {
    static final String TEMPORARY_PREFIX = ".tmp-";

    private EntryFiles() {}

    /** Writes {@code content} to {@code target} atomically, dated {@code now}. */
    static void write(Path target, byte[] content, Instant now) throws IOException {
        Path directory = target.getParent();
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, TEMPORARY_PREFIX, "");
        try {
            Files.write(temporary, content);
            Files.setLastModifiedTime(temporary, FileTime.from(now));
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * The content of {@code file}, or empty if there is none. Reads at most {@code maxBytes + 1}
     * bytes: a longer result means the file is larger than an entry may be.
     */
    static Optional<byte[]> read(Path file, long maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Marks {@code file} as used {@code now}, if it is still there. */
    static void touch(Path file, Instant now) throws IOException {
        try {
            Files.setLastModifiedTime(file, FileTime.from(now));
        } catch (NoSuchFileException e) {
            // evicted by another process since it was read: nothing to mark
        }
    }

    static boolean isTemporary(Path file) {
        return file.getFileName().toString().startsWith(TEMPORARY_PREFIX);
    }
}
