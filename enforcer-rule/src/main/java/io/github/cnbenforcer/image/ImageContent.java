package io.github.cnbenforcer.image;

import java.io.InputStream;

/**
 * The manifests, configs and layers of an image, verified against the descriptors that name them,
 * whatever source they come from (a layout, an archive, a registry): nothing reaches the rule
 * unverified.
 */
public interface ImageContent {
    /** Largest manifest or index the rule reads. */
    long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;
    /** Largest image config the rule reads. */
    long MAX_CONFIG_BYTES = 8L * 1024 * 1024;

    /**
     * Reads a small document (manifest, index or config) whole, of the size and digest its descriptor
     * gives.
     *
     * @param maxBytes larger content fails with a clear error instead of being read
     * @throws ImageReadException if it is missing, larger than {@code maxBytes}, or not what its
     *     descriptor says
     */
    byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException;

    /**
     * Opens a blob (a layer) for streaming. The stream yields the stored bytes (still compressed);
     * the caller closes it. Content that is not what its descriptor says fails as an
     * {@link java.io.IOException} once read: at the first byte too many, or at the end.
     */
    InputStream open(Descriptor descriptor) throws ImageReadException;
}
