package io.github.cnbenforcer.source.registry.auth;

import java.util.Optional;

/**
 * Credentials from a settings.xml {@code <server>} whose id is the registry host, with or without
 * the port. A username of {@code <token>} marks the password as an identity token, as docker does.
 */
final class SettingsServerCredentials implements CredentialSource {
    private final SettingsServers servers;

    public SettingsServerCredentials(SettingsServers servers) {
        this.servers = servers;
    }

    @Override
    public Optional<RegistryCredential> find(RegistryHost registry) throws CredentialLookupException {
        for (String id : registry.credentialKeys()) {
            Optional<ServerLogin> login = servers.find(id);
            if (login.isPresent() && login.get().password() != null) {
                return Optional.of(RegistryCredential.login(
                        login.get().username(),
                        login.get().password(),
                        login.get().toString()));
            }
        }
        return Optional.empty();
    }
}
