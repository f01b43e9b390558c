package io.github.cnbenforcer.source.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.FakeRegistry;
import io.github.cnbenforcer.source.registry.FakeRegistry.Answer;
import io.github.cnbenforcer.source.registry.FakeRegistry.Request;
import io.github.cnbenforcer.source.registry.IsolatedOptions;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.CredentialSource;
import io.github.cnbenforcer.source.registry.auth.RegistryAuthEnvironment;
import io.github.cnbenforcer.source.registry.auth.RegistryCredential;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Authentication and redirects, against a fake registry with a token service. */
class RegistryTransportTest {
    private static final String SERVICE = "fake-registry";
    private final List<Duration> sleeps = new ArrayList<>();

    @AutoClose
    private final FakeRegistry registry = FakeRegistry.start();

    private RegistryTransport transport(CredentialSource... sources) {
        RegistryOptions options = IsolatedOptions.of();
        return RegistryTransport.create(
                RegistryHost.of(registry.authority()),
                options.httpTransport(sleeps::add),
                new TransportSecurity(false),
                new CredentialChain(List.of(sources)),
                SchemeMemory.NONE,
                SourceLog.NONE);
    }

    private static CredentialSource holding(RegistryCredential credential) {
        return registry -> Optional.of(credential);
    }

    private String bearerChallenge() {
        return "Bearer realm=\"" + registry.url("/token") + "\",service=\"" + SERVICE + "\"";
    }

    /** A manifest that needs the token {@code tok-REPOSITORY}. */
    private void protectedManifest(String repository) {
        registry.route(
                "GET",
                "/v2/" + repository + "/manifests/latest",
                request -> ("Bearer tok-" + repository).equals(request.authorization())
                        ? Answer.json(200, "{}")
                        : Answer.of(401).withHeader("WWW-Authenticate", bearerChallenge()));
    }

    /** A token service that hands out {@code tok-REPOSITORY} for the scope it is asked. */
    private void tokenService(String requiredAuthorization) {
        registry.route("GET", "/token", request -> {
            if (requiredAuthorization != null && !requiredAuthorization.equals(request.authorization())) {
                return Answer.json(401, "{\"details\":\"bad credentials\"}");
            }
            return Answer.json(
                    200,
                    "{\"token\":\"tok-" + repositoryOf(query(request).get("scope"))
                            + "\",\"expires_in\":300,\"issued_at\":\"2026-01-01T00:00:00Z\"}");
        });
    }

    private static String repositoryOf(String scope) {
        return scope.split(":")[1];
    }

    private static Map<String, String> query(Request request) {
        return form(request.query());
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new java.util.HashMap<>();
        for (String pair : encoded.split("&")) {
            String[] parts = pair.split("=", 2);
            values.put(
                    URLDecoder.decode(parts[0], StandardCharsets.UTF_8),
                    URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static int get(RegistryTransport transport, String repository) throws IOException {
        try (Response response =
                transport.send("GET", "/v2/" + repository + "/manifests/latest", null, repository, 1024)) {
            return response.status();
        }
    }

    @Test
    void anAnonymousTokenIsFetchedOnceAndReused() throws IOException {
        protectedManifest("stacks/run");
        tokenService(null);
        RegistryTransport transport = transport();

        assertThat(get(transport, "stacks/run")).isEqualTo(200);
        assertThat(get(transport, "stacks/run")).isEqualTo(200);

        List<Request> tokenRequests = registry.requests("GET", "/token");
        assertThat(tokenRequests).hasSize(1);
        assertThat(tokenRequests.get(0).authorization()).isNull();
        assertThat(query(tokenRequests.get(0)))
                .containsEntry("service", SERVICE)
                .containsEntry("scope", "repository:stacks/run:pull");
        assertThat(registry.requests("GET", "/v2/stacks/run/manifests/latest"))
                .extracting(Request::authorization)
                .containsExactly(null, "Bearer tok-stacks/run", "Bearer tok-stacks/run");
        assertThat(transport.credentialSource()).isEqualTo("anonymous");
    }

    @Test
    void aTokenIsFetchedWithUsernameAndPassword() throws IOException {
        protectedManifest("stacks/run");
        tokenService(RegistryCredential.basic("alice", "pa55"));

        int status = get(
                transport(holding(RegistryCredential.usernamePassword("alice", "pa55", "test source"))), "stacks/run");

        assertThat(status).isEqualTo(200);
    }

    @Test
    void aKnownChallengeGetsTheTokenOfAnotherRepositoryBeforeItsFirstRequest() throws IOException {
        protectedManifest("stacks/run");
        protectedManifest("stacks/build");
        tokenService(null);
        RegistryTransport transport = transport();

        get(transport, "stacks/run");
        assertThat(get(transport, "stacks/build")).isEqualTo(200);

        assertThat(registry.requests("GET", "/v2/stacks/build/manifests/latest"))
                .extracting(Request::authorization)
                .containsExactly("Bearer tok-stacks/build");
        assertThat(registry.requests("GET", "/token")).hasSize(2);
    }

    @Test
    void theChallengeOfTheProbeSavesTheFirstRefusedRequest() throws IOException {
        registry.serve("GET", "/v2/", Answer.of(401).withHeader("WWW-Authenticate", bearerChallenge()));
        protectedManifest("stacks/run");
        tokenService(null);

        assertThat(get(transport(), "stacks/run")).isEqualTo(200);

        assertThat(registry.requests("GET", "/v2/stacks/run/manifests/latest")).hasSize(1);
    }

    @Test
    void anIdentityTokenIsExchangedWithTheRefreshTokenGrant() throws IOException {
        protectedManifest("stacks/run");
        registry.route(
                "POST",
                "/token",
                request -> Answer.json(
                        200,
                        "{\"access_token\":\"tok-"
                                + repositoryOf(form(request.bodyText()).get("scope")) + "\"}"));

        int status =
                get(transport(holding(RegistryCredential.identityToken("refresh-xyz", "test source"))), "stacks/run");

        assertThat(status).isEqualTo(200);
        Request grant = registry.requests("POST", "/token").get(0);
        assertThat(grant.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(form(grant.bodyText()))
                .containsEntry("grant_type", "refresh_token")
                .containsEntry("refresh_token", "refresh-xyz")
                .containsEntry("service", SERVICE)
                .containsEntry("client_id", TokenClient.CLIENT_ID)
                .containsEntry("scope", "repository:stacks/run:pull");
        assertThat(grant.authorization()).isNull();
    }

    @Test
    void anIdentityTokenFallsBackToBasicWhereTheRefreshGrantIsRefused() throws IOException {
        protectedManifest("stacks/run");
        registry.serve("POST", "/token", Answer.of(404));
        tokenService(RegistryCredential.basic("<token>", "refresh-xyz"));

        int status =
                get(transport(holding(RegistryCredential.identityToken("refresh-xyz", "test source"))), "stacks/run");

        assertThat(status).isEqualTo(200);
        assertThat(registry.requests("POST", "/token")).hasSize(1);
        assertThat(registry.requests("GET", "/token")).hasSize(1);
    }

    @Test
    void aBasicChallengeIsAnsweredWithTheCredentialAndTheAnswerReused() throws IOException {
        String expected = RegistryCredential.basic("alice", "pa55");
        registry.route(
                "GET",
                "/v2/stacks/run/manifests/latest",
                request -> expected.equals(request.authorization())
                        ? Answer.json(200, "{}")
                        : Answer.of(401).withHeader("WWW-Authenticate", "Basic realm=\"fake\""));
        RegistryTransport transport =
                transport(holding(RegistryCredential.usernamePassword("alice", "pa55", "test source")));

        assertThat(get(transport, "stacks/run")).isEqualTo(200);
        assertThat(get(transport, "stacks/run")).isEqualTo(200);

        assertThat(registry.requests("GET", "/v2/stacks/run/manifests/latest"))
                .extracting(Request::authorization)
                .containsExactly(null, expected, expected);
    }

    @Test
    void aBearerValueOfCnbRegistryAuthIsSentAsItIs() throws IOException {
        registry.route(
                "GET",
                "/v2/stacks/run/manifests/latest",
                request -> "Bearer abc".equals(request.authorization())
                        ? Answer.json(200, "{}")
                        : Answer.of(401).withHeader("WWW-Authenticate", bearerChallenge()));
        RegistryAuthEnvironment environment =
                new RegistryAuthEnvironment("{\"" + registry.authority() + "\":\"Bearer abc\"}");

        assertThat(get(transport(environment), "stacks/run")).isEqualTo(200);

        assertThat(registry.requests("GET", "/token")).isEmpty();
    }

    @Test
    void aRefusedTokenRequestNamesTheCredentialSourceButNotTheSecret() {
        protectedManifest("stacks/run");
        tokenService(RegistryCredential.basic("alice", "right"));
        RegistryTransport transport =
                transport(holding(RegistryCredential.usernamePassword("alice", "wrong-pw", "settings.xml server 'x'")));

        assertThatThrownBy(() -> get(transport, "stacks/run"))
                .isInstanceOf(AuthenticationException.class)
                .hasMessageContaining("refused credentials from settings.xml server 'x' (HTTP 401)")
                .hasMessageNotContaining("wrong-pw");
    }

    @Test
    void aRedirectToAnotherHostDoesNotCarryAuthorization() throws IOException {
        try (FakeRegistry storage = new FakeRegistry()) {
            storage.serve("GET", "/blob", Answer.ok(new byte[] {1, 2, 3}, "application/octet-stream"));
            String redirect = "http://localhost:" + storage.port() + "/blob";
            registry.route(
                    "GET",
                    "/v2/stacks/run/blobs/sha256:1",
                    request -> "Bearer tok-stacks/run".equals(request.authorization())
                            ? Answer.of(307).withHeader("Location", redirect)
                            : Answer.of(401).withHeader("WWW-Authenticate", bearerChallenge()));
            tokenService(null);

            try (Response response = transport().send("GET", "/v2/stacks/run/blobs/sha256:1", null, "stacks/run", 3)) {
                assertThat(response.body().readAllBytes()).containsExactly(1, 2, 3);
                assertThat(response.uri().getPort()).isEqualTo(storage.port());
            }

            assertThat(storage.requests("GET", "/blob"))
                    .extracting(Request::authorization)
                    .containsExactly((String) null);
        }
    }

    @Test
    void aRedirectWithinTheRegistryKeepsAuthorization() throws IOException {
        registry.route(
                "GET",
                "/v2/stacks/run/blobs/sha256:1",
                request -> "Bearer tok-stacks/run".equals(request.authorization())
                        ? Answer.of(302).withHeader("Location", "/v2/stacks/run/blobs/sha256:2")
                        : Answer.of(401).withHeader("WWW-Authenticate", bearerChallenge()));
        registry.serve("GET", "/v2/stacks/run/blobs/sha256:2", Answer.ok(new byte[] {7}, "application/octet-stream"));
        tokenService(null);

        try (Response response = transport().send("GET", "/v2/stacks/run/blobs/sha256:1", null, "stacks/run", 3)) {
            assertThat(response.status()).isEqualTo(200);
        }

        assertThat(registry.requests("GET", "/v2/stacks/run/blobs/sha256:2"))
                .extracting(Request::authorization)
                .containsExactly("Bearer tok-stacks/run");
    }
}
