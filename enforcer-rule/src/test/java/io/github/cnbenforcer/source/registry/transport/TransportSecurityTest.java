package io.github.cnbenforcer.source.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import java.net.URI;
import org.junit.jupiter.api.Test;

class TransportSecurityTest {
    private final TransportSecurity secure = new TransportSecurity(false);
    private final TransportSecurity insecure = new TransportSecurity(true);

    @Test
    void onlyLoopbackRegistriesMayUsePlainHttpByDefault() {
        assertThat(secure.mayUsePlainHttp(RegistryHost.of("localhost:5000"))).isTrue();
        assertThat(secure.mayUsePlainHttp(RegistryHost.of("127.0.0.1:5000"))).isTrue();
        assertThat(secure.mayUsePlainHttp(RegistryHost.of("127.8.9.10"))).isTrue();
        assertThat(secure.mayUsePlainHttp(RegistryHost.of("[::1]:5000"))).isTrue();
        assertThat(secure.mayUsePlainHttp(RegistryHost.of("registry.example.com")))
                .isFalse();
        assertThat(secure.mayUsePlainHttp(RegistryHost.of("10.0.0.5:5000"))).isFalse();
        assertThat(secure.mayUsePlainHttp(RegistryHost.of("localhost.example.com")))
                .isFalse();
    }

    @Test
    void allowInsecureRegistriesAllowsPlainHttpAndUnverifiedTlsEverywhere() {
        assertThat(insecure.mayUsePlainHttp(RegistryHost.of("registry.example.com")))
                .isTrue();
    }

    @Test
    void credentialsGoOverPlainHttpOnlyToLoopbackWhateverTheFlag() {
        assertThat(TransportSecurity.maySendCredentials(URI.create("https://registry.example.com/v2/")))
                .isTrue();
        assertThat(TransportSecurity.maySendCredentials(URI.create("http://registry.example.com/v2/")))
                .isFalse();
        assertThat(TransportSecurity.maySendCredentials(URI.create("http://10.1.2.3:5000/v2/")))
                .isFalse();
        assertThat(TransportSecurity.maySendCredentials(URI.create("http://127.0.0.1:5000/v2/")))
                .isTrue();
        assertThat(TransportSecurity.maySendCredentials(URI.create("http://localhost:5000/token")))
                .isTrue();
        assertThat(TransportSecurity.maySendCredentials(URI.create("http://[::1]:5000/v2/")))
                .isTrue();
    }
}
