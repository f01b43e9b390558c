package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.Descriptor;

/** A manifest or index as the registry sent it, with the descriptor that names it. */
final class FetchedManifest {
    private final byte[] content;
    private final Descriptor descriptor;

    FetchedManifest(byte[] content, Descriptor descriptor) {
        this.content = content;
        this.descriptor = descriptor;
    }

    byte[] content() {
        return content;
    }

    Descriptor descriptor() {
        return descriptor;
    }
}
