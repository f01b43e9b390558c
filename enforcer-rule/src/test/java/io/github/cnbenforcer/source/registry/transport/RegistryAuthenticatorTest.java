package io.github.cnbenforcer.source.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.RegistryOptions;
import io.github.cnbenforcer.source.registry.auth.CredentialChain;
import io.github.cnbenforcer.source.registry.auth.RegistryCredential;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The plain-HTTP rules for credentials; no request is made. */
class RegistryAuthenticatorTest {
    private static final RegistryCredential ALICE = RegistryCredential.usernamePassword("alice", "pa55", "test");
    private static final String SCOPE = RegistryAuthenticator.pullScope("stacks/run");

    private static RegistryAuthenticator authenticator(String registry, RegistryCredential credential) {
        HttpTransport http = RegistryOptions.defaults().httpTransport(duration -> {});
        return new RegistryAuthenticator(
                RegistryHost.of(registry),
                new CredentialChain(List.of(host -> Optional.of(credential))),
                new TokenClient(http, Clock.systemUTC(), SourceLog.NONE),
                Clock.systemUTC(),
                SourceLog.NONE);
    }

    @Test
    void nothingIsSentBeforeTheRegistryAsks() throws Exception {
        RegistryAuthenticator authenticator = authenticator("registry.example.com", ALICE);

        assertThat(authenticator.authorization(URI.create("https://registry.example.com/v2/"), SCOPE))
                .isNull();
        assertThat(authenticator.credentialSource()).isEqualTo("anonymous");
    }

    @Test
    void credentialsGoOverHttps() throws Exception {
        RegistryAuthenticator authenticator = authenticator("registry.example.com", ALICE);
        URI target = URI.create("https://registry.example.com/v2/stacks/run/manifests/jammy");

        Optional<String> retry =
                authenticator.retryAfterUnauthorized(List.of("Basic realm=\"r\""), target, SCOPE, null);

        assertThat(retry).contains(RegistryCredential.basic("alice", "pa55"));
        assertThat(authenticator.credentialSource()).isEqualTo("test");
    }

    @Test
    void credentialsNeverGoOverPlainHttpToAnotherHost() {
        RegistryAuthenticator authenticator = authenticator("registry.example.com", ALICE);
        URI target = URI.create("http://registry.example.com/v2/stacks/run/manifests/jammy");

        assertThatThrownBy(
                        () -> authenticator.retryAfterUnauthorized(List.of("Basic realm=\"r\""), target, SCOPE, null))
                .isInstanceOf(InsecureTransportException.class)
                .hasMessageContaining("only sent over HTTPS (or to a loopback registry)");
    }

    @Test
    void credentialsMayGoOverPlainHttpToLoopback() throws Exception {
        RegistryAuthenticator authenticator = authenticator("localhost:5000", ALICE);
        URI target = URI.create("http://localhost:5000/v2/stacks/run/manifests/jammy");

        assertThat(authenticator.retryAfterUnauthorized(List.of("Basic realm=\"r\""), target, SCOPE, null))
                .isPresent();
    }

    @Test
    void anAnonymousBasicChallengeHasNothingToRetryWith() throws Exception {
        RegistryAuthenticator authenticator = authenticator("registry.example.com", RegistryCredential.anonymous());
        URI target = URI.create("http://registry.example.com/v2/stacks/run/manifests/jammy");

        assertThat(authenticator.retryAfterUnauthorized(List.of("Basic realm=\"r\""), target, SCOPE, null))
                .isEmpty();
    }

    @Test
    void aTokenServiceOnPlainHttpGetsNoCredentials() {
        HttpTransport http = RegistryOptions.defaults().httpTransport(duration -> {});
        TokenClient tokens = new TokenClient(http, Clock.systemUTC(), SourceLog.NONE);
        Challenge challenge = Challenge.parseAll(List.of("Bearer realm=\"http://auth.example.com/token\""))
                .get(0);

        assertThatThrownBy(() -> tokens.fetch(challenge, SCOPE, ALICE))
                .isInstanceOf(InsecureTransportException.class)
                .hasMessageContaining("auth.example.com uses plain HTTP")
                .hasMessageNotContaining("pa55");
    }
}
