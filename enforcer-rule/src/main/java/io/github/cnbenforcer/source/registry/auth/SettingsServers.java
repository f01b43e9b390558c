package io.github.cnbenforcer.source.registry.auth;

import java.util.Optional;

/** The settings.xml {@code <server>} entries, looked up by id (passwords decrypted on lookup). */
@FunctionalInterface
public interface SettingsServers {
    /** No settings.xml servers at all. */
    SettingsServers NONE = id -> Optional.empty();

    /**
     * The server whose id is {@code id} (ignoring case, as host names do).
     *
     * @throws CredentialLookupException if it exists but its password cannot be decrypted
     */
    Optional<ServerLogin> find(String id) throws CredentialLookupException;
}
