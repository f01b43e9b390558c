package io.github.cnbenforcer.source.registry.auth;

import java.util.Optional;

/**
 * Credentials from a settings.xml {@code <server>} whose id is the registry host, with or without
 * the port. A username of {@code <token>} marks the password as an identity token, as docker does.
 */
final class SettingsServerCredentials implements CredentialSource {
    private static final String IDENTITY_TOKEN_USER = "<token>";

    private final SettingsServers servers;

    public SettingsServerCredentials(SettingsServers servers) {
        this.servers = servers;
    }

    @Override
    public Optional<RegistryCredential> find(RegistryHost registry) throws CredentialLookupException {
        for (String id : registry.credentialKeys()) {
            Optional<ServerLogin> login = servers.find(id);
            if (login.isPresent() && login.get().password() != null) {
                return Optional.of(credential(login.get()));
            }
        }
        return Optional.empty();
    }

    private static RegistryCredential credential(ServerLogin login) {
        String source = login.toString();
        if (IDENTITY_TOKEN_USER.equals(login.username())) {
            return RegistryCredential.identityToken(login.password(), source);
        }
        return RegistryCredential.usernamePassword(login.username(), login.password(), source);
    }
}
