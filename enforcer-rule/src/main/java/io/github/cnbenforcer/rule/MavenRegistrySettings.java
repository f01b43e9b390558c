package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.source.SourceLog;
import io.github.cnbenforcer.source.registry.auth.CredentialLookupException;
import io.github.cnbenforcer.source.registry.auth.ServerLogin;
import io.github.cnbenforcer.source.registry.auth.SettingsServers;
import io.github.cnbenforcer.source.registry.transport.ProxySetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What settings.xml says about registries: {@code <server>} logins, whose passwords are decrypted
 * only when a registry asks for them, and the active {@code <proxies>}.
 */
final class MavenRegistrySettings {
    private MavenRegistrySettings() {}

    static SettingsServers servers(Settings settings, SettingsDecrypter decrypter) {
        if (settings == null) {
            return SettingsServers.NONE;
        }
        return id -> {
            for (Server server : settings.getServers()) {
                if (id.equalsIgnoreCase(server.getId())) {
                    Server decrypted = decrypt(server, decrypter);
                    return Optional.of(
                            new ServerLogin(server.getId(), decrypted.getUsername(), decrypted.getPassword()));
                }
            }
            return Optional.empty();
        };
    }

    static List<ProxySetting> activeProxies(Settings settings, SettingsDecrypter decrypter, SourceLog log) {
        List<ProxySetting> proxies = new ArrayList<>();
        if (settings == null) {
            return proxies;
        }
        for (Proxy proxy : settings.getProxies()) {
            if (proxy.isActive()) {
                Proxy decrypted = decryptQuietly(proxy, decrypter, log);
                proxies.add(new ProxySetting(
                        proxy.getProtocol(),
                        proxy.getHost(),
                        proxy.getPort(),
                        decrypted.getUsername(),
                        decrypted.getPassword(),
                        proxy.getNonProxyHosts()));
            }
        }
        return proxies;
    }

    private static Server decrypt(Server server, SettingsDecrypter decrypter) throws CredentialLookupException {
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        for (SettingsProblem problem : result.getProblems()) {
            if (problem.getSeverity() != SettingsProblem.Severity.WARNING) {
                throw new CredentialLookupException("the password of settings.xml server '" + server.getId()
                        + "' cannot be decrypted (" + problem.getMessage() + "): check settings-security.xml and"
                        + " the encrypted password");
            }
        }
        return result.getServer() == null ? server : result.getServer();
    }

    private static Proxy decryptQuietly(Proxy proxy, SettingsDecrypter decrypter, SourceLog log) {
        if (proxy.getPassword() == null) {
            return proxy;
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(proxy));
        for (SettingsProblem problem : result.getProblems()) {
            log.warn("settings.xml proxy '" + proxy.getId() + "': " + problem.getMessage());
        }
        return result.getProxy() == null ? proxy : result.getProxy();
    }
}
