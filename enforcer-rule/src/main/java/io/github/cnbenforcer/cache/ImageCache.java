package io.github.cnbenforcer.cache;

import io.github.cnbenforcer.image.Digest;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the rule has read before, so that it need not read it again: blobs (manifests, indexes,
 * configs) by their own digest, facts derived from content by a key of their inputs, and the digest
 * each tag last resolved to.
 *
 * <p>A cache never fails the build: a store that cannot be written or read answers as if it were
 * empty. What it returns is what was put, verified ({@link DiskCache}) or held in memory
 * ({@link SessionCache}); returned arrays are the caller's own copies.
 */
public interface ImageCache {
    /** Remembers nothing: every question is a miss (the disk cache turned off). */
    ImageCache NONE = new ImageCache() {
        @Override
        public Optional<byte[]> blob(Digest digest) {
            return Optional.empty();
        }

        @Override
        public void putBlob(Digest digest, byte[] content) {
            DiskCache.requireDigest(digest, content);
        }

        @Override
        public Optional<byte[]> fact(FactKey key) {
            return Optional.empty();
        }

        @Override
        public void putFact(FactKey key, byte[] document) {}

        @Override
        public Optional<TagEntry> tag(String reference) {
            return Optional.empty();
        }

        @Override
        public void putTag(String reference, TagEntry entry) {}
    };

    /** The blob with this digest, or empty. */
    Optional<byte[]> blob(Digest digest);

    /**
     * Keeps a blob. Its content must be what {@code digest} names.
     *
     * @throws IllegalArgumentException if the content does not have that digest
     */
    void putBlob(Digest digest, byte[] content);

    /** The blob with this digest, else what {@code loader} reads, which is then kept. */
    default <E extends Exception> byte[] blob(Digest digest, Loader<byte[], E> loader) throws E {
        return knownOrLoaded(blob(digest), loader, content -> putBlob(digest, content));
    }

    /** The fact document kept under {@code key}, or empty. */
    Optional<byte[]> fact(FactKey key);

    /** Keeps a fact document (a small JSON document, for example) under {@code key}. */
    void putFact(FactKey key, byte[] document);

    /** The fact document kept under {@code key}, else what {@code loader} derives, which is then kept. */
    default <E extends Exception> byte[] fact(FactKey key, Loader<byte[], E> loader) throws E {
        return knownOrLoaded(fact(key), loader, document -> putFact(key, document));
    }

    /**
     * What {@code reference} ({@code registry/repository:tag}, one spelling per image) last resolved
     * to, not revalidated: a tag may have moved since. For offline runs.
     */
    Optional<TagEntry> tag(String reference);

    /** Keeps what {@code reference} resolves to now. */
    void putTag(String reference, TagEntry entry);

    /**
     * What {@code reference} resolves to, from {@code revalidation} (which asks the registry, or
     * answers from {@link #tag(String)} when it may not), kept for offline runs. A tag is never
     * answered from a disk without asking the loader; {@link SessionCache} asks it once per session.
     */
    default <E extends Exception> TagEntry resolveTag(String reference, Loader<TagEntry, E> revalidation) throws E {
        TagEntry entry = revalidation.load();
        putTag(reference, entry);
        return entry;
    }

    private static <E extends Exception> byte[] knownOrLoaded(
            Optional<byte[]> known, Loader<byte[], E> loader, Consumer<byte[]> keep) throws E {
        if (known.isPresent()) {
            return known.get();
        }
        byte[] loaded = loader.load();
        keep.accept(loaded);
        return loaded;
    }

    /** Reads or derives what the cache does not hold: a registry request, a layer read. */
    @FunctionalInterface
    interface Loader<T, E extends Exception> {
        T load() throws E;
    }
}
