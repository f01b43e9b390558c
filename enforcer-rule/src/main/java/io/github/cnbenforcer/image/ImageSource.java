package io.github.cnbenforcer.image;

import java.io.Closeable;

/** One image reference, opened: the descriptor it points at and the store to read content from. */
public interface ImageSource extends Closeable {
    /** The reference as the user wrote it. */
    String reference();

    /** Where the image lives, for messages: "OCI layout /stacks/build", "registry ghcr.io". */
    String location();

    /** The descriptor of the manifest or index the reference names. */
    Descriptor root() throws ImageReadException;

    ContentStore content();
}
