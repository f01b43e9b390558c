package io.github.cnbenforcer.source.registry.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.auth.RegistryCredential;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * Asks a registry's token service (the realm of a Bearer challenge) for a token: anonymously, with
 * a username and password (GET with Basic), or with an identity token (the OAuth2 refresh-token
 * grant, POST, falling back to GET with Basic where the service does not offer it).
 */
final class TokenClient {
    static final String CLIENT_ID = "cnb-enforcer";
    /** The token specification's default lifetime, when the service does not say. */
    private static final Duration DEFAULT_LIFETIME = Duration.ofSeconds(60);
    /** Tokens are renewed this long (at most half their lifetime) before they expire. */
    private static final Duration RENEWAL_MARGIN = Duration.ofSeconds(10);

    private static final Set<Integer> REFRESH_GRANT_UNSUPPORTED = Set.of(400, 404, 405);
    private static final int MAX_TOKEN_RESPONSE_BYTES = 1024 * 1024;

    private final HttpTransport http;
    private final Clock clock;
    private final SourceLog log;

    TokenClient(HttpTransport http, Clock clock, SourceLog log) {
        this.http = http;
        this.clock = clock;
        this.log = log;
    }

    Token fetch(Challenge challenge, String scope, RegistryCredential credential) throws IOException {
        URI realm = realm(challenge);
        if (!credential.isAnonymous() && !TransportSecurity.maySendCredentials(realm)) {
            throw new InsecureTransportException("the token service " + realm.getHost() + " uses plain HTTP, and "
                    + credential + " are never sent over plain HTTP");
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        challenge.parameter("service").ifPresent(service -> parameters.put("service", service));
        parameters.put("scope", scope);
        log.debug("token for " + scope + " from " + realm.getHost() + " (" + credential + ")");
        if (credential.kind() == RegistryCredential.Kind.IDENTITY_TOKEN) {
            Response answer = postRefreshGrant(realm, parameters, credential.secret());
            if (!REFRESH_GRANT_UNSUPPORTED.contains(answer.status())) {
                return tokenFrom(answer, realm, credential);
            }
            answer.discard();
            log.debug(realm.getHost() + " does not take the refresh-token grant (HTTP " + answer.status()
                    + "); asking with Basic");
            return tokenFrom(
                    get(realm, parameters, RegistryCredential.basic("<token>", credential.secret())),
                    realm,
                    credential);
        }
        String authorization =
                credential.kind() == RegistryCredential.Kind.USERNAME_PASSWORD ? credential.basicAuthorization() : null;
        return tokenFrom(get(realm, parameters, authorization), realm, credential);
    }

    private Response get(URI realm, Map<String, String> parameters, String authorization) throws IOException {
        String query = form(parameters);
        String separator = realm.getRawQuery() == null ? "?" : "&";
        HttpRequest.Builder request =
                http.newRequest(URI.create(realm + separator + query)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), MAX_TOKEN_RESPONSE_BYTES);
    }

    private Response postRefreshGrant(URI realm, Map<String, String> parameters, String refreshToken)
            throws IOException {
        Map<String, String> form = new LinkedHashMap<>(parameters);
        form.put("grant_type", "refresh_token");
        form.put("client_id", CLIENT_ID);
        form.put("refresh_token", refreshToken);
        HttpRequest request = http.newRequest(realm)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form)))
                .build();
        return http.send(request, MAX_TOKEN_RESPONSE_BYTES);
    }

    private Token tokenFrom(Response answer, URI realm, RegistryCredential credential) throws IOException {
        try (answer) {
            if (!answer.isSuccess()) {
                throw new AuthenticationException(
                        "the token service " + realm.getHost() + " refused " + credential + " (HTTP " + answer.status()
                                + ")",
                        answer.status(),
                        credential.source());
            }
            JsonNode json;
            try {
                json = Json.tree(answer.body().readNBytes(MAX_TOKEN_RESPONSE_BYTES));
            } catch (IOException e) {
                json = null;
            }
            String value = json == null ? null : firstText(json, "token", "access_token");
            if (value == null || value.isEmpty()) {
                throw new AuthenticationException(
                        "the token service " + realm.getHost() + " answered without a token", -1, credential.source());
            }
            long seconds = json.path("expires_in").asLong(0);
            Duration lifetime = seconds > 0 ? Duration.ofSeconds(seconds) : DEFAULT_LIFETIME;
            Duration margin =
                    lifetime.dividedBy(2).compareTo(RENEWAL_MARGIN) < 0 ? lifetime.dividedBy(2) : RENEWAL_MARGIN;
            Instant expiresAt = clock.instant().plus(lifetime).minus(margin);
            return new Token(value, expiresAt);
        }
    }

    private static URI realm(Challenge challenge) throws IOException {
        String realm = challenge
                .realm()
                .orElseThrow(() ->
                        new IOException("the registry asked for a Bearer token but named no token service (no realm)"));
        try {
            URI uri = new URI(realm);
            if (uri.getHost() == null
                    || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
                throw new URISyntaxException(realm, "not an http(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IOException("the registry named a token service that is not an http(s) URL: " + realm);
        }
    }

    private static String firstText(JsonNode json, String... fields) {
        for (String field : fields) {
            if (json.path(field).isTextual() && !json.path(field).asText().isEmpty()) {
                return json.path(field).asText();
            }
        }
        return null;
    }

    private static String form(Map<String, String> parameters) {
        StringJoiner joined = new StringJoiner("&");
        parameters.forEach((name, value) -> joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return joined.toString();
    }
}
