package io.github.cnbenforcer.image;

import java.io.IOException;

/**
 * Content could not be fetched: the connection broke, or the registry was too slow for a deadline.
 * Unlike other I/O errors of a blob stream, it says nothing about the content itself, which may be fine.
 */
public class FetchException extends IOException {
    private static final long serialVersionUID = 1L;

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
