package io.github.cnbenforcer.source.registry.auth;

import io.github.cnbenforcer.source.SourceLog;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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

    /**
     * @param environment the variables that name credentials ({@code CNB_REGISTRY_AUTH}, {@code DOCKER_CONFIG})
     * @param userHome the home directory that holds {@code .docker/config.json}; {@code null} for none
     * @param timeout how long a docker credential helper may take
     */
    public static CredentialChain standard(
            SettingsServers servers, Map<String, String> environment, Path userHome, Duration timeout, SourceLog log) {
        return new CredentialChain(List.of(
                new SettingsServerCredentials(servers),
                new RegistryAuthEnvironment(environment.get(RegistryAuthEnvironment.VARIABLE)),
                new DockerConfigCredentials(environment, userHome, timeout, log)));
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
