package io.github.cnbenforcer.cache;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Keeps the disk cache under its bound: once the entries pass it, the least recently used go until
 * a tenth of the bound is free again. One process trims at a time (a lock file; a process that finds
 * it taken leaves the work to the holder). Files being written (temporary files) are never touched,
 * unless they are older than {@link #ABANDONED}: then a process ended while writing them.
 */
final class Eviction {
    static final String LOCK_FILE = ".eviction.lock";
    static final Duration ABANDONED = Duration.ofHours(1);

    private final Path root;
    private final long maxBytes;
    private final Clock clock;
    private final Consumer<String> debug;
    /** The total this process last counted plus what it wrote since; negative until it counts. */
    private long estimatedBytes = -1;

    Eviction(Path root, long maxBytes, Clock clock, Consumer<String> debug) {
        this.root = root;
        this.maxBytes = maxBytes;
        this.clock = clock;
        this.debug = debug;
    }

    /** Notes that an entry of {@code bytes} was written, and trims when the total may pass the bound. */
    synchronized void written(long bytes) {
        if (estimatedBytes >= 0 && estimatedBytes + bytes <= maxBytes) {
            estimatedBytes += bytes;
            return;
        }
        try {
            estimatedBytes = trim();
        } catch (IOException e) {
            debug.accept("cache: could not trim " + root + ": " + e.getMessage());
        }
    }

    /** Trims now if the entries pass the bound; the bytes they hold afterwards, or -1 if another process trims. */
    synchronized long trim() throws IOException {
        Files.createDirectories(root);
        try (FileChannel channel =
                        FileChannel.open(root.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                return -1;
            }
            List<Entry> entries = entries();
            long total = entries.stream().mapToLong(Entry::size).sum();
            if (total <= maxBytes) {
                return total;
            }
            return evict(entries, total);
        }
    }

    private long evict(List<Entry> entries, long total) {
        long target = maxBytes - maxBytes / 10;
        entries.sort(Comparator.comparing(Entry::lastUsed));
        int evicted = 0;
        for (Entry entry : entries) {
            if (total <= target) {
                break;
            }
            if (delete(entry.file)) {
                evicted++;
            }
            total -= entry.size;
        }
        debug.accept("cache: evicted " + evicted + " least recently used entries; " + total + " of " + maxBytes
                + " bytes held");
        return total;
    }

    /** Every entry, each with its size and last use; abandoned temporary files are deleted on the way. */
    private List<Entry> entries() throws IOException {
        List<Entry> entries = new ArrayList<>();
        long abandonedBefore = clock.millis() - ABANDONED.toMillis();
        try (Stream<Path> files = Files.walk(root)) {
            files.forEach(file -> {
                BasicFileAttributes attributes = attributes(file);
                if (attributes == null
                        || !attributes.isRegularFile()
                        || file.getFileName().toString().equals(LOCK_FILE)) {
                    return;
                }
                long lastUsed = attributes.lastModifiedTime().toMillis();
                if (!EntryFiles.isTemporary(file)) {
                    entries.add(new Entry(file, attributes.size(), lastUsed));
                } else if (lastUsed < abandonedBefore) {
                    delete(file);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return entries;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null; // another cache in this process is trimming the same directory
        }
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            return null; // gone since the walk listed it
        }
    }

    private boolean delete(Path file) {
        try {
            return Files.deleteIfExists(file);
        } catch (IOException e) {
            debug.accept("cache: could not delete " + file + ": " + e.getMessage());
            return false;
        }
    }

    private static final class Entry {
        final Path file;
        final long size;
        final long lastUsed;

        Entry(Path file, long size, long lastUsed) {
            this.file = file;
            this.size = size;
            this.lastUsed = lastUsed;
        }

        long size() {
            return size;
        }

        long lastUsed() {
            return lastUsed;
        }
    }
}
