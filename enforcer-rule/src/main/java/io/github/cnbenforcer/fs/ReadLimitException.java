package io.github.cnbenforcer.fs;

import java.io.IOException;

/** Reading layers stopped at one of the limits of a {@link ReadBudget}. */
final class ReadLimitException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The limits. */
    enum Limit {
        COMPRESSED_BYTES,
        DECOMPRESSED_BYTES,
        METADATA
    }

    private final Limit limit;

    ReadLimitException(Limit limit) {
        super("read limit reached: " + limit);
        this.limit = limit;
    }

    Limit limit() {
        return limit;
    }
}
