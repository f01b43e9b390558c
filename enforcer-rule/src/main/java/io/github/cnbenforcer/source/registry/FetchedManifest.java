package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;

/** A manifest or index as the registry sent it for a tag or digest, and the digest that names it. */
final class FetchedManifest {
    /** What the digest of a fetched manifest rests on. */
    enum Claim {
        /** The reference pinned it: the content must have it. */
        ASKED_FOR,
        /** The registry said so in {@code Docker-Content-Digest}: the content must have it. */
        ANNOUNCED,
        /** Neither: it is the digest of the content. */
        COMPUTED
    }

    private final byte[] content;
    private final Descriptor descriptor;
    private final Claim claim;

    FetchedManifest(byte[] content, String mediaType, Digest digest, Claim claim) {
        this.content = content;
        this.descriptor = Descriptor.of(mediaType, digest, content.length);
        this.claim = claim;
    }

    byte[] content() {
        return content.clone();
    }

    Descriptor descriptor() {
        return descriptor;
    }

    Claim claim() {
        return claim;
    }
}
