package io.github.cnbenforcer.source.registry.transport;

import java.io.IOException;

/** A registry's token service did not hand out a token. The message never holds the credential. */
public final class AuthenticationException extends IOException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String credentialSource;

    public AuthenticationException(String message, int status, String credentialSource) {
        super(message);
        this.status = status;
        this.credentialSource = credentialSource;
    }

    /** The token service's HTTP status, or -1 when it answered 2xx without a usable token. */
    public int status() {
        return status;
    }

    /** Where the credential that was refused came from, e.g. "settings.xml server 'ghcr.io'" or "anonymous". */
    public String credentialSource() {
        return credentialSource;
    }
}
