package io.github.cnbenforcer.image;

/**
 * An image could not be read: not found, unauthorised, unreachable, or corrupt. The message is a
 * sentence for the user (the cause and, where known, what to do); it never holds a credential.
 */
public class ImageReadException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageReadException(String message) {
        super(message);
    }

    public ImageReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
