package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Json;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A single-platform test image encoded as a registry serves it (with OCI 1.1 descriptor fields): its
 * manifest and config, and their digests, for tests that serve or tamper with them by hand.
 */
public record EncodedImage(ImageBlobs blobs, ObjectNode root) {
    public static EncodedImage of(TestImage image) {
        ImageBlobs blobs = ImageBlobs.create().withOci11Fields();
        return new EncodedImage(blobs, blobs.image(image));
    }

    public byte[] manifest() {
        return blobs.get(root).content();
    }

    public Digest manifestDigest() {
        return blobs.get(root).digest();
    }

    public byte[] config() {
        return blobs.get(configDigest()).content();
    }

    public Digest configDigest() {
        try {
            return Digest.parse(Json.mapper()
                    .readTree(manifest())
                    .path("config")
                    .path("digest")
                    .asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
