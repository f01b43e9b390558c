package io.github.cnbenforcer.source.registry.auth;

import io.github.cnbenforcer.source.SourceOptions;
import java.util.List;
import java.util.Optional;

/**
 * The credential lookup order: settings.xml {@code <server>}, {@code CNB_REGISTRY_AUTH}, docker
 * {@code config.json}, else anonymous. The first source that holds a credential wins.
 */
public final class CredentialChain {
    private final List<CredentialSource> sources;

    public CredentialChain(List<CredentialSource> sources) {
        this.sources = List.copyOf(sources);
    }

    public static CredentialChain standard(SourceOptions options) {
        return new CredentialChain(List.of(
                new SettingsServerCredentials(options.settingsServers()),
                new RegistryAuthEnvironment(options.environment().get(RegistryAuthEnvironment.VARIABLE)),
                new DockerConfigCredentials(
                        options.environment(), options.userHome(), options.timeout(), options.log())));
    }

    /** The first credential a source holds for {@code registry}, else {@link RegistryCredential#anonymous()}. */
    public RegistryCredential lookup(RegistryHost registry) throws CredentialLookupException {
        for (CredentialSource source : sources) {
            Optional<RegistryCredential> credential = source.find(registry);
            if (credential.isPresent()) {
                return credential.get();
            }
        }
        return RegistryCredential.anonymous();
    }
}
