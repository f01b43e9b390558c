package io.github.cnbenforcer.source.registry.auth;

import java.util.Optional;

/** One place credentials for registries are kept: settings.xml, an environment variable, docker's config. */
public interface CredentialSource {
    /**
     * The credential this source holds for {@code registry}, if any.
     *
     * @throws CredentialLookupException if the source exists but cannot be read
     */
    Optional<RegistryCredential> find(RegistryHost registry) throws CredentialLookupException;
}
