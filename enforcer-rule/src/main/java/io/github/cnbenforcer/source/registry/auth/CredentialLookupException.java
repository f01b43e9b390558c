package io.github.cnbenforcer.source.registry.auth;

import java.io.IOException;

/** A credential source exists but cannot be read; the message says which and why, never a secret. */
public final class CredentialLookupException extends IOException {
    private static final long serialVersionUID = 1L;

    public CredentialLookupException(String message) {
        super(message);
    }
}
