package io.github.cnbenforcer.image;

import java.io.InputStream;

/**
 * Where an image's manifests, configs and layers are read from: an OCI layout, an archive or a
 * registry. Every source hands out content by descriptor, so the rest of the rule never knows which.
 */
public interface ContentStore {
    /** Largest manifest or index the rule reads. */
    long MAX_MANIFEST_BYTES = 4L * 1024 * 1024;
    /** Largest image config the rule reads. */
    long MAX_CONFIG_BYTES = 8L * 1024 * 1024;

    /**
     * Reads a small document (manifest, index or config) whole and verifies its digest.
     *
     * @param maxBytes larger content fails with a clear error instead of being read
     * @throws ImageReadException if it is missing, larger than {@code maxBytes}, or its digest differs
     */
    byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException;

    /**
     * Opens a blob (a layer) for streaming. The stream yields the stored bytes (still compressed);
     * the caller closes it. A digest mismatch may only surface at the end of the stream, as an
     * {@link java.io.IOException}.
     */
    InputStream open(Descriptor descriptor) throws ImageReadException;
}
