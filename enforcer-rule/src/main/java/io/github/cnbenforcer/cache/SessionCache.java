package io.github.cnbenforcer.cache;

import io.github.cnbenforcer.image.Digest;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The cache of one Maven session, in memory, in front of the disk cache (or of
 * {@link ImageCache#NONE}): a reactor of many modules that name the same images asks each blob, fact
 * and tag once. Two threads that ask for the same thing at once load it once: the second waits for
 * the first ({@link SessionMemory}). A tag is revalidated once per session, then answered from
 * memory.
 */
public final class SessionCache implements ImageCache {
    /** Bytes of blobs and facts held in memory at most: 64 MiB. */
    static final long DEFAULT_MEMORY_BYTES = 64L * 1024 * 1024;

    /** What a tag entry is counted as in the memory bound. */
    private static final long TAG_WEIGHT = 256;

    private final ImageCache disk;
    private final SessionMemory memory;

    /** The cache of a new session, in front of {@code disk} (a {@link DiskCache}, or {@link ImageCache#NONE}). */
    public SessionCache(ImageCache disk) {
        this(disk, DEFAULT_MEMORY_BYTES);
    }

    SessionCache(ImageCache disk, long memoryBytes) {
        this.disk = disk;
        this.memory = new SessionMemory(memoryBytes);
    }

    @Override
    public Optional<byte[]> blob(Digest digest) {
        return known(new Key("blob", digest), () -> disk.blob(digest));
    }

    @Override
    public void putBlob(Digest digest, byte[] content) {
        disk.putBlob(digest, content);
        keep(new Key("blob", digest), content);
    }

    @Override
    public <E extends Exception> byte[] blob(Digest digest, Loader<byte[], E> loader) throws E {
        return once(new Key("blob", digest), () -> disk.blob(digest, loader));
    }

    @Override
    public Optional<byte[]> fact(FactKey key) {
        return known(new Key("fact", key), () -> disk.fact(key));
    }

    @Override
    public void putFact(FactKey key, byte[] document) {
        disk.putFact(key, document);
        keep(new Key("fact", key), document);
    }

    @Override
    public <E extends Exception> byte[] fact(FactKey key, Loader<byte[], E> loader) throws E {
        return once(new Key("fact", key), () -> disk.fact(key, loader));
    }

    /** What the tag resolved to in this session, else what the disk last knew. */
    @Override
    public Optional<TagEntry> tag(String reference) {
        return memory.get(new Key("tag", reference)).map(TagEntry.class::cast).or(() -> disk.tag(reference));
    }

    @Override
    public void putTag(String reference, TagEntry entry) {
        disk.putTag(reference, entry);
        memory.put(new Key("tag", reference), entry, TAG_WEIGHT);
    }

    /** Revalidates {@code reference} on its first resolution in this session; later ones are answered from memory. */
    @Override
    public <E extends Exception> TagEntry resolveTag(String reference, Loader<TagEntry, E> revalidation) throws E {
        return memory.once(
                new Key("tag", reference), entry -> TAG_WEIGHT, () -> disk.resolveTag(reference, revalidation));
    }

    /** Held in memory, else read from the disk (and then held). */
    private Optional<byte[]> known(Key key, Supplier<Optional<byte[]>> onDisk) {
        Optional<Object> held = memory.get(key);
        if (held.isPresent()) {
            return Optional.of(((byte[]) held.get()).clone());
        }
        Optional<byte[]> found = onDisk.get();
        found.ifPresent(content -> keep(key, content));
        return found;
    }

    private void keep(Key key, byte[] content) {
        memory.put(key, content.clone(), content.length);
    }

    private <E extends Exception> byte[] once(Key key, Loader<byte[], E> diskOrLoader) throws E {
        return memory.once(key, content -> content.length, diskOrLoader).clone();
    }

    /** Blobs, facts and tags in one memory: the kind keeps their keys apart. */
    private static final class Key {
        private final String kind;
        private final Object value;

        Key(String kind, Object value) {
            this.kind = kind;
            this.value = value;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key && ((Key) other).kind.equals(kind) && ((Key) other).value.equals(value);
        }

        @Override
        public int hashCode() {
            return 31 * kind.hashCode() + value.hashCode();
        }
    }

    @Override
    public String toString() {
        return "session cache in front of " + disk;
    }
}
