package io.github.cnbenforcer.source.registry.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.cloud.tools.jib.api.Credential;
import com.google.cloud.tools.jib.api.ImageReference;
import com.google.cloud.tools.jib.api.LogEvent;
import com.google.cloud.tools.jib.frontend.CredentialRetrieverFactory;
import com.google.cloud.tools.jib.registry.credentials.CredentialRetrievalException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.source.SourceLog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Credentials from docker's {@code config.json} ({@code $DOCKER_CONFIG/config.json}, then
 * {@code ~/.docker/config.json}): {@code credHelpers}, {@code credsStore} and {@code auths}, read
 * through jib-core, which also speaks the credential-helper protocol.
 */
public final class DockerConfigCredentials implements CredentialSource {
    private static final String CONFIG_FILE = "config.json";

    private final Map<String, String> environment;
    private final Path userHome;
    private final SourceLog log;

    public DockerConfigCredentials(Map<String, String> environment, Path userHome, SourceLog log) {
        this.environment = environment;
        this.userHome = userHome;
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
                Optional<RegistryCredential> credential = find(registry, file);
                if (credential.isPresent()) {
                    return credential;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<RegistryCredential> find(RegistryHost registry, Path file) throws CredentialLookupException {
        HelperOutcome outcome = new HelperOutcome(log);
        Optional<Credential> found;
        try {
            found = CredentialRetrieverFactory.forImage(
                            ImageReference.of(registry.authority(), "library/image", null), outcome, environment)
                    .dockerConfig(file)
                    .retrieve();
        } catch (CredentialRetrievalException e) {
            throw new CredentialLookupException("the docker config " + file + " names a credential helper for "
                    + registry.displayName() + " that failed: " + firstLine(e));
        }
        if (found.isEmpty()) {
            return Optional.empty();
        }
        String source = describeEntry(file, registry, outcome.helperFailed);
        Credential credential = found.get();
        return Optional.of(
                credential.isOAuth2RefreshToken()
                        ? RegistryCredential.identityToken(credential.getPassword(), source)
                        : RegistryCredential.usernamePassword(
                                credential.getUsername(), credential.getPassword(), source));
    }

    /**
     * Names the entry jib read, for messages: "docker config credHelper 'ecr-login' (…/config.json)".
     * jib tries a credential helper ({@code credHelpers}, else {@code credsStore}) before {@code auths}
     * and falls back to {@code auths} when the helper fails.
     */
    static String describeEntry(Path file, RegistryHost registry, boolean helperFailed) {
        JsonNode config = readQuietly(file);
        String where = " (" + file + ")";
        for (String alias : registry.credentialKeys()) {
            if (!helperFailed) {
                String helperKey = matchingKey(config.path("credHelpers"), alias);
                if (helperKey != null) {
                    return "docker config credHelper '"
                            + config.path("credHelpers").path(helperKey).asText() + "'" + where;
                }
                if (config.path("credsStore").isTextual()) {
                    return "docker config credsStore '"
                            + config.path("credsStore").asText() + "'" + where;
                }
            }
            String authKey = matchingKey(config.path("auths"), alias);
            if (authKey != null) {
                return "docker config auths '" + authKey + "'" + where;
            }
        }
        return "docker config" + where;
    }

    /** The first key naming {@code registry} exactly, with {@code https://}, or with a path after it. */
    private static String matchingKey(JsonNode entries, String registry) {
        if (!entries.isObject()) {
            return null;
        }
        List<String> keys = new ArrayList<>();
        Iterator<String> names = entries.fieldNames();
        names.forEachRemaining(keys::add);
        for (String candidate : List.of(registry, "https://" + registry)) {
            if (keys.contains(candidate)) {
                return candidate;
            }
        }
        for (String key : keys) {
            if (key.startsWith(registry + "/") || key.startsWith("https://" + registry + "/")) {
                return key;
            }
        }
        return null;
    }

    private static JsonNode readQuietly(Path file) {
        try {
            JsonNode node = Json.mapper().readTree(file.toFile());
            return node == null ? Json.mapper().createObjectNode() : node;
        } catch (IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    private static String firstLine(Exception e) {
        String message = e.getCause() != null && e.getCause().getMessage() != null
                ? e.getCause().getMessage()
                : String.valueOf(e.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

    /** Forwards jib's log events and notes whether a credential helper failed (jib warns, then tries auths). */
    private static final class HelperOutcome implements Consumer<LogEvent> {
        private final SourceLog log;
        private boolean helperFailed;

        HelperOutcome(SourceLog log) {
            this.log = log;
        }

        @Override
        public void accept(LogEvent event) {
            if (event.getLevel() == LogEvent.Level.WARN || event.getLevel() == LogEvent.Level.ERROR) {
                helperFailed = true;
                log.warn("docker config: " + event.getMessage());
            } else {
                log.debug("docker config: " + event.getMessage());
            }
        }
    }
}
