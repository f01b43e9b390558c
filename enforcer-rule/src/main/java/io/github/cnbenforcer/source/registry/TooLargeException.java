package io.github.cnbenforcer.source.registry;

import java.io.IOException;

/** A document that is larger than the rule reads; the message says which limit. */
final class TooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    TooLargeException(String message) {
        super(message);
    }
}
