package io.github.cnbenforcer.cache;

import io.github.cnbenforcer.image.Digest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The content-addressed cache on disk, shared by every build of the user (parallel ones included):
 *
 * <pre>
 * DIRECTORY/v1/blobs/sha256/HEX           a blob, named by its digest
 * DIRECTORY/v1/facts/KIND/sha256/HEX      a fact, in an {@link Envelope}, named by its {@link FactKey}
 * DIRECTORY/v1/tags/sha256/HEX            a {@link TagEntry}, in an envelope, named by the reference's SHA-256
 * </pre>
 *
 * <p>Entries are written atomically ({@link EntryFiles}) and checked on every read: a blob must hash
 * to its name, a record must match its envelope. An entry that fails is deleted and answered as a
 * miss, with a debug line. The total is bounded: the least recently used entries go first
 * ({@link Eviction}); an entry larger than a quarter of the bound is not kept.
 */
public final class DiskCache implements ImageCache {
    /** The bound when the user sets none: 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;

    /** The layout version: a changed layout starts in a directory of its own. */
    private static final String LAYOUT = "v1";

    private static final String TAG_KIND = "tag";

    private final Path root;
    private final long maxEntryBytes;
    private final Clock clock;
    private final Consumer<String> debug;
    private final Eviction eviction;

    private DiskCache(Path root, long maxBytes, Clock clock, Consumer<String> debug) {
        this.root = root;
        this.maxEntryBytes = maxBytes / 4;
        this.clock = clock;
        this.debug = debug;
        this.eviction = new Eviction(root, maxBytes, clock, debug);
    }

    /**
     * Opens (and creates) the cache in {@code directory}.
     *
     * @param maxBytes the bound of the entries' total size
     * @param debug where the cache says what it dropped, evicted or could not read or write
     * @throws IOException if the directory cannot be created or written: run without a disk cache then
     */
    public static DiskCache open(Path directory, long maxBytes, Consumer<String> debug) throws IOException {
        return open(directory, maxBytes, debug, Clock.systemUTC());
    }

    static DiskCache open(Path directory, long maxBytes, Consumer<String> debug, Clock clock) throws IOException {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("the cache bound must be positive: " + maxBytes);
        }
        Path root = directory.resolve(LAYOUT);
        Files.createDirectories(root);
        if (!Files.isWritable(root)) {
            throw new AccessDeniedException(root.toString(), null, "the cache directory is not writable");
        }
        return new DiskCache(root, maxBytes, clock, debug);
    }

    /** Deletes the least recently used entries if the total passes the bound. */
    void trim() throws IOException {
        eviction.trim();
    }

    @Override
    public Optional<byte[]> blob(Digest digest) {
        return read(
                blobFile(digest),
                "the blob " + digest.abbreviated(),
                content -> digest.recompute(content).equals(digest) ? Optional.of(content) : Optional.empty());
    }

    @Override
    public void putBlob(Digest digest, byte[] content) {
        write(blobFile(digest), requireDigest(digest, content), "the blob " + digest.abbreviated());
    }

    /** {@code content}, after checking that it is what {@code digest} names. */
    static byte[] requireDigest(Digest digest, byte[] content) {
        Digest actual = digest.recompute(content);
        if (!actual.equals(digest)) {
            throw new IllegalArgumentException(
                    "the content to keep as " + digest.abbreviated() + " has the digest " + actual.abbreviated());
        }
        return content;
    }

    @Override
    public Optional<byte[]> fact(FactKey key) {
        return read(factFile(key), "the fact " + key, record -> Envelope.unwrap(key.kind(), key.digest(), record));
    }

    @Override
    public void putFact(FactKey key, byte[] document) {
        write(factFile(key), Envelope.wrap(key.kind(), key.digest(), document), "the fact " + key);
    }

    @Override
    public Optional<TagEntry> tag(String reference) {
        Digest key = tagKey(reference);
        return read(
                tagFile(key),
                "the tag entry " + key.abbreviated(),
                record -> Envelope.unwrap(TAG_KIND, key, record).flatMap(json -> TagEntry.fromJson(json, reference)));
    }

    @Override
    public void putTag(String reference, TagEntry entry) {
        Digest key = tagKey(reference);
        write(
                tagFile(key),
                Envelope.wrap(TAG_KIND, key, entry.toJson(reference)),
                "the tag entry " + key.abbreviated());
    }

    private <T> Optional<T> read(Path file, String what, Function<byte[], Optional<T>> verified) {
        Optional<byte[]> content;
        try {
            content = EntryFiles.read(file, maxEntryBytes);
        } catch (IOException e) {
            debug.accept("cache: cannot read " + what + " (" + file + "): " + e.getMessage());
            return Optional.empty();
        }
        if (content.isEmpty()) {
            return Optional.empty();
        }
        if (content.get().length > maxEntryBytes) {
            // Kept by a build with a larger bound, which shares the directory: its entry, not a corrupt one.
            debug.accept("cache: " + what + " is larger than this build keeps (a quarter of its cache bound):"
                    + " read again, and left for the build that kept it");
            return Optional.empty();
        }
        Optional<T> value = verified.apply(content.get());
        if (value.isEmpty()) {
            drop(file, what);
            return Optional.empty();
        }
        try {
            EntryFiles.touch(file, clock.instant());
        } catch (IOException e) {
            debug.accept("cache: cannot mark " + what + " as used: " + e.getMessage());
        }
        return value;
    }

    private void write(Path file, byte[] content, String what) {
        if (content.length > maxEntryBytes) {
            debug.accept("cache: " + what + " is not kept: " + content.length + " bytes, more than a quarter"
                    + " of the cache");
            return;
        }
        try {
            EntryFiles.write(file, content, clock.instant());
        } catch (IOException e) {
            debug.accept("cache: cannot write " + what + " (" + file + "): " + e.getMessage());
            return;
        }
        eviction.written(content.length);
    }

    private void drop(Path file, String what) {
        debug.accept("cache: " + what + " is corrupt or cut short (" + file + "): dropped, to be read again");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            debug.accept("cache: cannot delete " + file + ": " + e.getMessage());
        }
    }

    private Path blobFile(Digest digest) {
        return root.resolve("blobs").resolve(digest.algorithm()).resolve(digest.hex());
    }

    private Path factFile(FactKey key) {
        return root.resolve("facts")
                .resolve(key.kind())
                .resolve(key.digest().algorithm())
                .resolve(key.digest().hex());
    }

    private Path tagFile(Digest key) {
        return root.resolve("tags").resolve(key.algorithm()).resolve(key.hex());
    }

    private static Digest tagKey(String reference) {
        return Digest.sha256(reference.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "disk cache " + root;
    }
}
