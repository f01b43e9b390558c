package io.github.cnbenforcer.rule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.auth.CredentialLookupException;
import io.github.cnbenforcer.source.registry.auth.ServerLogin;
import io.github.cnbenforcer.source.registry.auth.SettingsServers;
import io.github.cnbenforcer.source.registry.transport.ProxySetting;
import java.util.List;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class MavenRegistrySettingsTest {
    private static Server server(String id, String username, String password) {
        Server server = new Server();
        server.setId(id);
        server.setUsername(username);
        server.setPassword(password);
        return server;
    }

    private static SettingsDecrypter decrypting(String decryptedPassword, List<SettingsProblem> problems) {
        SettingsDecrypter decrypter = mock(SettingsDecrypter.class);
        when(decrypter.decrypt(any(SettingsDecryptionRequest.class))).thenAnswer(call -> {
            SettingsDecryptionRequest request = call.getArgument(0);
            SettingsDecryptionResult result = mock(SettingsDecryptionResult.class);
            if (!request.getServers().isEmpty()) {
                Server original = request.getServers().get(0);
                when(result.getServer())
                        .thenReturn(server(original.getId(), original.getUsername(), decryptedPassword));
            }
            if (!request.getProxies().isEmpty()) {
                Proxy proxy = request.getProxies().get(0).clone();
                proxy.setPassword(decryptedPassword);
                when(result.getProxy()).thenReturn(proxy);
            }
            when(result.getProblems()).thenReturn(problems);
            return result;
        });
        return decrypter;
    }

    @Test
    void looksServersUpByIdAndDecryptsTheirPassword() throws Exception {
        Settings settings = new Settings();
        settings.addServer(server("ghcr.io", "alice", "{encrypted}"));
        SettingsServers servers = MavenRegistrySettings.servers(settings, decrypting("plain", List.of()));

        ServerLogin login = servers.find("GHCR.io").orElseThrow();

        assertThat(login.id()).isEqualTo("ghcr.io");
        assertThat(login.username()).isEqualTo("alice");
        assertThat(login.password()).isEqualTo("plain");
        assertThat(servers.find("quay.io")).isEmpty();
    }

    @Test
    void aPasswordThatCannotBeDecryptedIsAClearError() {
        Settings settings = new Settings();
        settings.addServer(server("ghcr.io", "alice", "{broken}"));
        SettingsProblem problem = new DefaultSettingsProblem(
                "Failed to decrypt password for server ghcr.io",
                SettingsProblem.Severity.ERROR,
                "server: ghcr.io",
                -1,
                -1,
                null);
        SettingsServers servers = MavenRegistrySettings.servers(settings, decrypting(null, List.of(problem)));

        assertThatThrownBy(() -> servers.find("ghcr.io"))
                .isInstanceOf(CredentialLookupException.class)
                .hasMessageContaining("the password of settings.xml server 'ghcr.io' cannot be decrypted")
                .hasMessageContaining("settings-security.xml")
                .hasMessageNotContaining("{broken}");
    }

    @Test
    void passesOnlyActiveProxies() {
        Settings settings = new Settings();
        Proxy active = new Proxy();
        active.setId("corp");
        active.setProtocol("https");
        active.setHost("proxy.corp");
        active.setPort(3128);
        active.setUsername("u");
        active.setPassword("{enc}");
        active.setNonProxyHosts("*.corp|localhost");
        Proxy inactive = active.clone();
        inactive.setId("off");
        inactive.setActive(false);
        settings.addProxy(active);
        settings.addProxy(inactive);

        List<ProxySetting> proxies =
                MavenRegistrySettings.activeProxies(settings, decrypting("pw", List.of()), SourceLog.NONE);

        assertThat(proxies).hasSize(1);
        assertThat(proxies.get(0).host()).isEqualTo("proxy.corp");
        assertThat(proxies.get(0).password()).isEqualTo("pw");
        assertThat(proxies.get(0).excludes("registry.corp")).isTrue();
    }

    @Test
    void noSettingsMeansNoServersAndNoProxies() throws Exception {
        assertThat(MavenRegistrySettings.servers(null, mock(SettingsDecrypter.class))
                        .find("ghcr.io"))
                .isEmpty();
        assertThat(MavenRegistrySettings.activeProxies(null, mock(SettingsDecrypter.class), SourceLog.NONE))
                .isEmpty();
    }
}
