package io.github.cnbenforcer.source.registry.transport;

import java.time.Instant;

/** A bearer token from a registry's token service, and when to stop using it. */
final class Token {
    private final String value;
    private final Instant expiresAt;

    Token(String value, Instant expiresAt) {
        this.value = value;
        this.expiresAt = expiresAt;
    }

    String authorization() {
        return "Bearer " + value;
    }

    boolean isUsableAt(Instant now) {
        return now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "token (until " + expiresAt + ")";
    }
}
