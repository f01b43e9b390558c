package io.github.cnbenforcer.builder;

/** A builder label that is not what {@code pack builder create} writes; the message never quotes it. */
public final class BuilderMetadataException extends Exception {
    private static final long serialVersionUID = 1L;

    BuilderMetadataException(String message) {
        super(message);
    }
}
