package io.github.cnbenforcer.reference;

/** A reference that cannot be parsed; the message says what to write instead. */
public final class InvalidReferenceException extends Exception {
    private static final long serialVersionUID = 1L;

    public InvalidReferenceException(String message) {
        super(message);
    }
}
