package io.github.cnbenforcer.source.registry.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.source.registry.RegistryOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialChainTest {
    @TempDir
    Path home;

    private RegistryOptions options(Map<String, String> environment, SettingsServers servers) throws Exception {
        Files.createDirectories(home.resolve(".docker"));
        Files.writeString(
                home.resolve(".docker/config.json"),
                "{\"auths\":{\"ghcr.io\":{\"auth\":\""
                        + Base64.getEncoder().encodeToString("docker:pw".getBytes(StandardCharsets.UTF_8)) + "\"}}}");
        return RegistryOptions.defaults()
                .withEnvironment(environment)
                .withUserHome(home)
                .withSettingsServers(servers);
    }

    private static SettingsServers ghcrServer() {
        return id -> id.equals("ghcr.io") ? Optional.of(new ServerLogin("ghcr.io", "maven", "pw")) : Optional.empty();
    }

    @Test
    void settingsXmlComesFirst() throws Exception {
        CredentialChain chain = options(Map.of("CNB_REGISTRY_AUTH", "{\"ghcr.io\":\"Bearer env\"}"), ghcrServer())
                .credentials();

        assertThat(chain.lookup(RegistryHost.of("ghcr.io")).source()).isEqualTo("settings.xml server 'ghcr.io'");
    }

    @Test
    void thenCnbRegistryAuth() throws Exception {
        CredentialChain chain = options(
                        Map.of("CNB_REGISTRY_AUTH", "{\"ghcr.io\":\"Bearer env\"}"), SettingsServers.NONE)
                .credentials();

        assertThat(chain.lookup(RegistryHost.of("ghcr.io")).source()).isEqualTo("CNB_REGISTRY_AUTH");
    }

    @Test
    void thenDockerConfig() throws Exception {
        CredentialChain chain = options(Map.of(), SettingsServers.NONE).credentials();

        assertThat(chain.lookup(RegistryHost.of("ghcr.io")).source()).startsWith("docker config auths 'ghcr.io'");
    }

    @Test
    void elseAnonymous() throws Exception {
        CredentialChain chain = options(Map.of(), SettingsServers.NONE).credentials();

        assertThat(chain.lookup(RegistryHost.of("quay.io")).isAnonymous()).isTrue();
    }
}
