package io.github.cnbenforcer.source;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import java.util.Optional;

/** A document whose stored bytes are not what its descriptor says: another length, or another digest. */
public final class ContentMismatch {
    private final Descriptor descriptor;
    private final long actualSize;
    private final Digest actualDigest;

    private ContentMismatch(Descriptor descriptor, long actualSize, Digest actualDigest) {
        this.descriptor = descriptor;
        this.actualSize = actualSize;
        this.actualDigest = actualDigest;
    }

    static ContentMismatch ofSize(Descriptor descriptor, long actualSize) {
        return new ContentMismatch(descriptor, actualSize, null);
    }

    static ContentMismatch ofDigest(Descriptor descriptor, Digest actualDigest) {
        return new ContentMismatch(descriptor, descriptor.size(), actualDigest);
    }

    /** What the content should have been. */
    public Descriptor descriptor() {
        return descriptor;
    }

    /** The length of the stored bytes. */
    public long actualSize() {
        return actualSize;
    }

    /** The digest of the stored bytes, when they have the right length but other content. */
    public Optional<Digest> actualDigest() {
        return Optional.ofNullable(actualDigest);
    }

    /** {@code its content has the digest sha256:…}, or {@code it is 12 bytes, its descriptor says 10}. */
    public String detail() {
        return actualDigest != null
                ? "its content has the digest " + actualDigest.abbreviated()
                : "it is " + actualSize + " bytes, its descriptor says " + descriptor.size();
    }
}
