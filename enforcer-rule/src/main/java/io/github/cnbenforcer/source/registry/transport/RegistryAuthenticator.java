package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.RegistryCredential;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code Authorization} for one registry. Nothing is sent until the registry challenges; then
 * the credential is looked up once, and Bearer tokens are fetched per repository scope, cached and
 * reused until they expire. Once the challenge is known, requests to other repositories of the same
 * registry get their token before the first request, saving a 401 round trip.
 */
final class RegistryAuthenticator {
    private final RegistryHost registry;
    private final CredentialChain credentials;
    private final TokenClient tokens;
    private final Clock clock;
    private final SourceLog log;
    private final Map<String, Token> tokensByScope = new HashMap<>();
    private Challenge challenge;
    private RegistryCredential credential;

    RegistryAuthenticator(
            RegistryHost registry, CredentialChain credentials, TokenClient tokens, Clock clock, SourceLog log) {
        this.registry = registry;
        this.credentials = credentials;
        this.tokens = tokens;
        this.clock = clock;
        this.log = log;
    }

    /** The pull scope of a repository, as the token specification spells it. */
    public static String pullScope(String repository) {
        return "repository:" + repository + ":pull";
    }

    /**
     * The {@code Authorization} value for a request to {@code target} in {@code scope}, or
     * {@code null} when the registry has not asked for one (or there is nothing to send).
     */
    synchronized String authorization(URI target, String scope) throws IOException {
        if (challenge == null) {
            return null;
        }
        RegistryCredential current = credential();
        if (current.isAnonymous() && challenge.isBasic()) {
            return null;
        }
        if (!TransportSecurity.maySendCredentials(target)) {
            throw new InsecureTransportException("the registry " + registry.displayName()
                    + " asks for authentication over plain HTTP, and credentials and tokens are only sent over"
                    + " HTTPS (or to a loopback registry): serve the registry over HTTPS");
        }
        if (current.kind() == RegistryCredential.Kind.AUTHORIZATION_HEADER) {
            return current.secret();
        }
        if (challenge.isBasic()) {
            return current.kind() == RegistryCredential.Kind.USERNAME_PASSWORD
                    ? current.basicAuthorization()
                    : RegistryCredential.basic("<token>", current.secret());
        }
        Token token = tokensByScope.get(scope);
        if (token == null || !token.isUsableAt(clock.instant())) {
            token = tokens.fetch(challenge, scope, current);
            tokensByScope.put(scope, token);
        }
        return token.authorization();
    }

    /** Learns the registry's challenge from an answer that did not ask for a retry (the scheme probe). */
    synchronized void learn(List<String> wwwAuthenticate) {
        if (challenge == null) {
            challenge = Challenge.preferred(Challenge.parseAll(wwwAuthenticate)).orElse(null);
        }
    }

    /**
     * Learns from a 401: remembers the challenge, drops the token that was refused, and returns the
     * {@code Authorization} to try once more with, or empty when another try cannot help.
     *
     * @param sent the {@code Authorization} the refused request carried, or {@code null}
     */
    synchronized Optional<String> retryAfterUnauthorized(
            List<String> wwwAuthenticate, URI target, String scope, String sent) throws IOException {
        Optional<Challenge> offered = Challenge.preferred(Challenge.parseAll(wwwAuthenticate));
        if (offered.isEmpty()) {
            return Optional.empty();
        }
        challenge = offered.get();
        tokensByScope.remove(scope);
        String next = authorization(target, scope);
        return next == null || next.equals(sent) ? Optional.empty() : Optional.of(next);
    }

    /** Where the credential in use came from, for messages: "anonymous" until one was needed. */
    public synchronized String credentialSource() {
        return credential == null ? RegistryCredential.anonymous().source() : credential.source();
    }

    private RegistryCredential credential() throws IOException {
        if (credential == null) {
            credential = credentials.lookup(registry);
            if (credential.isAnonymous()) {
                log.debug("registry " + registry.displayName() + ": no credentials found, reading anonymously");
            } else {
                log.info("registry " + registry.displayName() + ": using " + credential);
            }
        }
        return credential;
    }
}
