package io.github.cnbenforcer.source.registry.auth;

import io.github.cnbenforcer.source.SourceLog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Credentials from docker's {@code config.json} ({@code $DOCKER_CONFIG/config.json}, then
 * {@code ~/.docker/config.json}), read as docker reads them: the registry's {@code credHelpers}
 * entry, else {@code credsStore}, names a credential helper to ask; when there is none, or it has
 * nothing for the registry, or it fails (a warning), the {@code auths} entry is used.
 */
final class DockerConfigCredentials implements CredentialSource {
    private static final String CONFIG_FILE = "config.json";
    /** The server URL docker stores Docker Hub's credentials under. */
    private static final String DOCKER_HUB_SERVER = "https://index.docker.io/v1/";

    private final Map<String, String> environment;
    private final Path userHome;
    private final Duration helperTimeout;
    private final SourceLog log;

    /**
     * @param environment where {@code DOCKER_CONFIG} and the helpers' {@code PATH} are read, and the
     *     helpers' environment
     * @param helperTimeout how long a credential helper may take before it is stopped
     */
    public DockerConfigCredentials(
            Map<String, String> environment, Path userHome, Duration helperTimeout, SourceLog log) {
        this.environment = environment;
        this.userHome = userHome;
        this.helperTimeout = helperTimeout;
        this.log = log;
    }

    /** The config files to read, in order; the ones that do not exist are skipped. */
    List<Path> configFiles() {
        List<Path> files = new ArrayList<>();
        String dockerConfig = environment.get("DOCKER_CONFIG");
        if (dockerConfig != null && !dockerConfig.isBlank()) {
            files.add(Path.of(dockerConfig, CONFIG_FILE));
        }
        if (userHome != null) {
            files.add(userHome.resolve(".docker").resolve(CONFIG_FILE));
        }
        return files;
    }

    @Override
    public Optional<RegistryCredential> find(RegistryHost registry) throws CredentialLookupException {
        for (Path file : configFiles()) {
            if (Files.isRegularFile(file)) {
                Optional<RegistryCredential> credential = find(registry, DockerConfigFile.read(file));
                if (credential.isPresent()) {
                    return credential;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<RegistryCredential> find(RegistryHost registry, DockerConfigFile config)
            throws CredentialLookupException {
        Optional<DockerConfigFile.HelperEntry> entry = config.helperFor(registry);
        if (entry.isPresent()) {
            CredentialHelper helper = new CredentialHelper(entry.get().name(), environment, helperTimeout);
            try {
                Optional<RegistryCredential> credential =
                        helper.get(serverUrl(registry), entry.get().source());
                if (credential.isPresent()) {
                    return credential;
                }
                log.debug("docker config: " + helper + " has no credentials for " + registry.displayName());
            } catch (CredentialLookupException e) {
                log.warn(e.getMessage() + "; reading the auths entry for " + registry.displayName() + " instead");
            }
        }
        return config.auth(registry);
    }

    /** What docker asks a helper for: Docker Hub's legacy server URL, else {@code host[:port]}. */
    static String serverUrl(RegistryHost registry) {
        return registry.isDockerHub() ? DOCKER_HUB_SERVER : registry.authority();
    }
}
