package io.github.cnbenforcer.source.registry.auth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * What the rule authenticates to a registry with, and where it came from. The secret is only ever
 * turned into an {@code Authorization} value or a token request; {@link #toString()} names the
 * source, never the secret.
 */
public final class RegistryCredential {
    /** The kinds of credential a source can hold. */
    public enum Kind {
        /** No credential. */
        ANONYMOUS,
        /** A username and password (or access token as password), for Basic auth and token requests. */
        USERNAME_PASSWORD,
        /** An OAuth2 refresh token ({@code identitytoken} of docker login), exchanged for access tokens. */
        IDENTITY_TOKEN,
        /** A complete {@code Authorization} value, sent as is ({@code CNB_REGISTRY_AUTH} with Bearer). */
        AUTHORIZATION_HEADER
    }

    private static final RegistryCredential ANONYMOUS = new RegistryCredential(Kind.ANONYMOUS, "anonymous", null, null);
    /** The username with which docker marks a secret as an identity token rather than a password. */
    private static final String IDENTITY_TOKEN_USER = "<token>";

    private final Kind kind;
    private final String source;
    private final String username;
    private final String secret;

    private RegistryCredential(Kind kind, String source, String username, String secret) {
        this.kind = kind;
        this.source = source;
        this.username = username;
        this.secret = secret;
    }

    public static RegistryCredential anonymous() {
        return ANONYMOUS;
    }

    /** @param source names where it was found, e.g. {@code settings.xml server 'ghcr.io'} */
    public static RegistryCredential usernamePassword(String username, String password, String source) {
        return new RegistryCredential(
                Kind.USERNAME_PASSWORD, source, username == null ? "" : username, Objects.requireNonNull(password));
    }

    public static RegistryCredential identityToken(String refreshToken, String source) {
        return new RegistryCredential(Kind.IDENTITY_TOKEN, source, null, Objects.requireNonNull(refreshToken));
    }

    /**
     * A login as docker keeps one (a settings.xml server, a credential helper's answer): an identity
     * token when the username is {@code <token>}, else a username and password.
     */
    static RegistryCredential login(String username, String secret, String source) {
        return IDENTITY_TOKEN_USER.equals(username)
                ? identityToken(secret, source)
                : usernamePassword(username, secret, source);
    }

    /** The username and password in {@code base64(username:password)}; empty if it holds none. */
    static Optional<RegistryCredential> fromBase64(String base64, String source) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(base64.trim()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        return colon < 0
                ? Optional.empty()
                : Optional.of(usernamePassword(decoded.substring(0, colon), decoded.substring(colon + 1), source));
    }

    /**
     * A complete {@code Authorization} value. A {@code Basic} value becomes a username and password,
     * so that it can also be exchanged for a token.
     */
    public static RegistryCredential authorizationHeader(String value, String source) {
        String trimmed = Objects.requireNonNull(value).trim();
        if (trimmed.regionMatches(true, 0, "Basic ", 0, 6)) {
            Optional<RegistryCredential> basic = fromBase64(trimmed.substring(6), source);
            if (basic.isPresent()) {
                return basic.get();
            }
        }
        return new RegistryCredential(Kind.AUTHORIZATION_HEADER, source, null, trimmed);
    }

    public Kind kind() {
        return kind;
    }

    public boolean isAnonymous() {
        return kind == Kind.ANONYMOUS;
    }

    /** Where the credential came from, for messages: "settings.xml server 'ghcr.io'", "anonymous". */
    public String source() {
        return source;
    }

    /** The username, for {@link Kind#USERNAME_PASSWORD}. */
    public String username() {
        return username;
    }

    /** The password, refresh token or {@code Authorization} value; never log it. */
    public String secret() {
        return secret;
    }

    /** The {@code Authorization} value for a Basic challenge, or {@code null} when there is none. */
    public String basicAuthorization() {
        if (kind == Kind.USERNAME_PASSWORD) {
            return basic(username, secret);
        }
        if (kind == Kind.AUTHORIZATION_HEADER) {
            return secret;
        }
        return null;
    }

    /** {@code Basic base64(username:password)}. */
    public static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return isAnonymous() ? "anonymous" : "credentials from " + source;
    }
}
