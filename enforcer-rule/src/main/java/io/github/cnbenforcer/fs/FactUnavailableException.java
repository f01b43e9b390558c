package io.github.cnbenforcer.fs;

/**
 * A fact about an image's filesystem could not be established; the message says why. A path the
 * image's own OS could not open either is the subclass {@link UnopenablePathException}.
 */
public class FactUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public FactUnavailableException(String message) {
        super(message);
    }
}
