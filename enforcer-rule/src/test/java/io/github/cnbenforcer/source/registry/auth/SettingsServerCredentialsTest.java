package io.github.cnbenforcer.source.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingsServerCredentialsTest {
    private final List<String> idsAsked = new ArrayList<>();

    private SettingsServers servers(Map<String, ServerLogin> byId) {
        return id -> {
            idsAsked.add(id);
            return Optional.ofNullable(byId.get(id));
        };
    }

    @Test
    void findsAServerWhoseIdIsTheRegistryHost() throws Exception {
        SettingsServerCredentials credentials =
                new SettingsServerCredentials(servers(Map.of("ghcr.io", new ServerLogin("ghcr.io", "alice", "pa55"))));

        RegistryCredential credential =
                credentials.find(RegistryHost.of("ghcr.io")).orElseThrow();

        assertThat(credential.kind()).isEqualTo(RegistryCredential.Kind.USERNAME_PASSWORD);
        assertThat(credential.username()).isEqualTo("alice");
        assertThat(credential.source()).isEqualTo("settings.xml server 'ghcr.io'");
    }

    @Test
    void triesTheHostWithItsPortFirst() throws Exception {
        SettingsServerCredentials credentials = new SettingsServerCredentials(
                servers(Map.of("registry.local", new ServerLogin("registry.local", "bob", "pw"))));

        RegistryCredential credential =
                credentials.find(RegistryHost.of("registry.local:5000")).orElseThrow();

        assertThat(idsAsked).containsExactly("registry.local:5000", "registry.local");
        assertThat(credential.source()).isEqualTo("settings.xml server 'registry.local'");
    }

    @Test
    void anyDockerHubNameServesDockerHub() throws Exception {
        SettingsServerCredentials credentials = new SettingsServerCredentials(
                servers(Map.of("index.docker.io", new ServerLogin("index.docker.io", "carol", "pw"))));

        assertThat(credentials.find(RegistryHost.of("registry-1.docker.io"))).isPresent();
        assertThat(credentials.find(RegistryHost.of("docker.io"))).isPresent();
    }

    @Test
    void aTokenUsernameMarksAnIdentityToken() throws Exception {
        SettingsServerCredentials credentials = new SettingsServerCredentials(servers(
                Map.of("myregistry.azurecr.io", new ServerLogin("myregistry.azurecr.io", "<token>", "refresh"))));

        assertThat(credentials
                        .find(RegistryHost.of("myregistry.azurecr.io"))
                        .orElseThrow()
                        .kind())
                .isEqualTo(RegistryCredential.Kind.IDENTITY_TOKEN);
    }

    @Test
    void aServerWithoutPasswordIsSkipped() throws Exception {
        SettingsServerCredentials credentials =
                new SettingsServerCredentials(servers(Map.of("ghcr.io", new ServerLogin("ghcr.io", "alice", null))));

        assertThat(credentials.find(RegistryHost.of("ghcr.io"))).isEmpty();
    }
}
