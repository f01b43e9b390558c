package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import java.io.InputStream;

/** The blobs of an image in a layout or archive, by descriptor, as stored: unverified. */
interface LayoutBlobs {
    /** Reads a document whole, never more than {@code maxBytes}. */
    byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException;

    /** Opens a layer for streaming. */
    InputStream open(Descriptor descriptor) throws ImageReadException;
}
