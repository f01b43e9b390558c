package io.github.cnbenforcer.source.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RegistryHostTest {
    @Test
    void dockerHubNamesAreOneRegistry() {
        RegistryHost hub = RegistryHost.of("docker.io");

        assertThat(RegistryHost.of("index.docker.io")).isEqualTo(hub);
        assertThat(RegistryHost.of("registry-1.docker.io")).isEqualTo(hub);
        assertThat(hub.isDockerHub()).isTrue();
        assertThat(hub.authority()).isEqualTo("registry-1.docker.io");
        assertThat(hub.displayName()).isEqualTo("docker.io");
        assertThat(hub.credentialKeys())
                .containsExactly("docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com");
    }

    @Test
    void credentialsAreLookedUpWithThePortThenWithout() {
        RegistryHost registry = RegistryHost.of("Registry.Example.com:5000");

        assertThat(registry.host()).isEqualTo("registry.example.com");
        assertThat(registry.port()).isEqualTo(5000);
        assertThat(registry.credentialKeys()).containsExactly("registry.example.com:5000", "registry.example.com");
        assertThat(RegistryHost.of("ghcr.io").credentialKeys()).containsExactly("ghcr.io");
    }

    /** Whether the host of an authority as written in a reference is loopback. */
    private static boolean isLoopback(String authority) {
        return RegistryHost.isLoopbackHost(RegistryHost.of(authority).host());
    }

    @Test
    void knowsLoopback() {
        assertThat(isLoopback("localhost:5000")).isTrue();
        assertThat(isLoopback("127.0.0.1")).isTrue();
        assertThat(isLoopback("127.1.2.3:80")).isTrue();
        assertThat(isLoopback("[::1]:5000")).isTrue();
        assertThat(RegistryHost.of("[::1]:5000").port()).isEqualTo(5000);
        assertThat(isLoopback("128.0.0.1")).isFalse();
        assertThat(isLoopback("127.0.0.1.nip.io")).isFalse();
    }

    @Test
    void refusesWhatIsNotAHost() {
        assertThatThrownBy(() -> RegistryHost.of("host:99999")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryHost.of("host/path")).isInstanceOf(IllegalArgumentException.class);
    }
}
