package io.github.cnbenforcer.source.registry.transport;

import java.io.IOException;

/** A request that would send credentials over plain HTTP, or downgrade to it, was not made. */
public final class InsecureTransportException extends IOException {
    private static final long serialVersionUID = 1L;

    public InsecureTransportException(String message) {
        super(message);
    }
}
