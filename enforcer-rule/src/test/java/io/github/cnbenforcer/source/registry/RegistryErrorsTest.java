package io.github.cnbenforcer.source.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import io.github.cnbenforcer.source.registry.transport.AuthenticationException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** The sentences for failures that a unit test cannot provoke without a network. */
class RegistryErrorsTest {
    private static final String SUBJECT = "ghcr.io/acme/run:jammy";
    private final RegistryErrors errors =
            new RegistryErrors(RegistryHost.of("ghcr.io"), () -> "anonymous", Duration.ofSeconds(20));

    @Test
    void anUnknownHost() {
        ConnectException failure = new ConnectException("unresolved");
        failure.initCause(new UnresolvedAddressException());

        assertThat(errors.forFailure(failure, SUBJECT).getMessage())
                .startsWith("the host of the registry ghcr.io is unknown")
                .contains(SUBJECT);
    }

    @Test
    void aConnectTimeout() {
        assertThat(errors.forFailure(new HttpConnectTimeoutException("HTTP connect timed out"), SUBJECT)
                        .getMessage())
                .isEqualTo("the registry ghcr.io could not be connected to within 20 s: check the network, the"
                        + " proxy settings (settings.xml <proxies>, https.proxyHost), or raise <timeout>");
    }

    @Test
    void aTlsFailure() {
        String message = errors.forFailure(
                        new SSLHandshakeException("PKIX path building failed: unable to find"
                                + " valid certification path to requested target\nmore"),
                        SUBJECT)
                .getMessage();

        assertThat(message)
                .startsWith("TLS with the registry ghcr.io failed (PKIX path building failed")
                .contains("truststore")
                .contains("allowInsecureRegistries")
                .doesNotContain("\n");
    }

    @Test
    void aTokenServiceThatRefusesAnonymousAccess() {
        AuthenticationException refused = new AuthenticationException(
                "the token service auth.example refused" + " anonymous (HTTP 401)", 401, "anonymous");

        assertThat(errors.forFailure(refused, SUBJECT).getMessage())
                .contains(SUBJECT)
                .contains("add a <server> with <id>ghcr.io</id>");
    }
}
