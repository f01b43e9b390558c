package io.github.cnbenforcer.source;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageReadException;
import java.io.Closeable;
import java.io.InputStream;

/**
 * The small core every image source implements: the descriptor a reference names, and content by
 * descriptor, as stored, unverified. Everything else is shared code ({@link ImageResolver}):
 * {@link VerifiedContent} checks every size and digest, the resolver lists the platform images. A
 * source only says how its content is named in messages, and may word a mismatch its own way.
 */
public interface ImageSource extends Closeable {
    /** The reference as the user wrote it. */
    String reference();

    /** Where the image lives, for messages: "OCI layout /stacks/build", "registry ghcr.io". */
    String location();

    /** The descriptor of the manifest or index the reference names. */
    Descriptor root() throws ImageReadException;

    /**
     * Reads a manifest, index or config whole, as stored.
     *
     * @throws ImageReadException if it is missing, cannot be read, or is larger than {@code maxBytes}
     *     (then without reading it, as far as the source can tell)
     */
    byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException;

    /** Opens a layer as stored (still compressed); the caller closes the stream. */
    InputStream open(Descriptor descriptor) throws ImageReadException;

    /** Names content in messages: "the blob sha256:2c26b46b68ff (media type) in OCI layout /stacks/run". */
    String describe(Descriptor descriptor);

    /** Says that a document is not what its descriptor says, and what to do about it. */
    default String mismatch(ContentMismatch mismatch) {
        return describe(mismatch.descriptor()) + " does not match its descriptor (" + mismatch.detail()
                + "): it is corrupt or was changed after it was written; copy the image again";
    }
}
