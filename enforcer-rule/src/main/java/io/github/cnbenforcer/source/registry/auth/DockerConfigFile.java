package io.github.cnbenforcer.source.registry.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One docker {@code config.json}: its {@code credHelpers}, {@code credsStore} and {@code auths}.
 * Keys name a registry as docker writes them: {@code ghcr.io}, {@code https://index.docker.io/v1/}.
 */
final class DockerConfigFile {
    /** A config file larger than this is not one docker wrote. */
    private static final long MAX_BYTES = 4 * 1024 * 1024;

    /** The helper named for a registry, and how messages name that entry. */
    static final class HelperEntry {
        private final String name;
        private final String source;

        HelperEntry(String name, String source) {
            this.name = name;
            this.source = source;
        }

        String name() {
            return name;
        }

        /** "docker config credHelper 'ecr-login' (…/config.json)". */
        String source() {
            return source;
        }
    }

    private final Path file;
    private final JsonNode root;

    private DockerConfigFile(Path file, JsonNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Reads a config file.
     *
     * @throws CredentialLookupException if it is unreadable or not a JSON object; the message says
     *     where in the file, never what is there
     */
    static DockerConfigFile read(Path file) throws CredentialLookupException {
        JsonNode root;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new CredentialLookupException("the docker config " + file + " is larger than 4 MiB");
            }
            root = Json.tree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new CredentialLookupException("the docker config " + file + " is not valid JSON"
                    + (where == null ? "" : " (line " + where.getLineNr() + ", column " + where.getColumnNr() + ")"));
        } catch (IOException e) {
            throw new CredentialLookupException("cannot read the docker config " + file + ": " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw new CredentialLookupException("the docker config " + file + " is not a JSON object");
        }
        return new DockerConfigFile(file, root);
    }

    /** The helper for {@code registry}: its {@code credHelpers} entry, else {@code credsStore}. */
    Optional<HelperEntry> helperFor(RegistryHost registry) {
        JsonNode helpers = root.path("credHelpers");
        Optional<String> key = matchingKey(helpers, registry);
        if (key.isPresent() && helpers.path(key.get()).isTextual()) {
            String name = helpers.path(key.get()).asText();
            return Optional.of(new HelperEntry(name, "docker config credHelper '" + name + "'" + where()));
        }
        JsonNode store = root.path("credsStore");
        if (store.isTextual() && !store.asText().isEmpty()) {
            return Optional.of(
                    new HelperEntry(store.asText(), "docker config credsStore '" + store.asText() + "'" + where()));
        }
        return Optional.empty();
    }

    /**
     * The {@code auths} entry for {@code registry}: an identity token, {@code auth} (base64 of
     * {@code username:password}), or {@code username} and {@code password}; empty for none or an
     * entry without a credential (as {@code docker login} leaves one when a helper keeps the secret).
     */
    Optional<RegistryCredential> auth(RegistryHost registry) throws CredentialLookupException {
        JsonNode auths = root.path("auths");
        Optional<String> key = matchingKey(auths, registry);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        JsonNode entry = auths.path(key.get());
        String source = "docker config auths '" + key.get() + "'" + where();
        String identityToken = entry.path("identitytoken").asText("");
        if (!identityToken.isEmpty()) {
            return Optional.of(RegistryCredential.identityToken(identityToken, source));
        }
        String auth = entry.path("auth").asText("");
        if (!auth.isEmpty()) {
            return Optional.of(RegistryCredential.fromBase64(auth, source)
                    .orElseThrow(() -> new CredentialLookupException(
                            "the " + source + " holds an 'auth' that is not base64 of username:password")));
        }
        String password = entry.path("password").asText("");
        return password.isEmpty()
                ? Optional.empty()
                : Optional.of(RegistryCredential.usernamePassword(
                        entry.path("username").asText(""), password, source));
    }

    /** The first key naming {@code registry} exactly, with {@code https://}, or with a path after it. */
    private static Optional<String> matchingKey(JsonNode entries, RegistryHost registry) {
        if (!entries.isObject()) {
            return Optional.empty();
        }
        List<String> keys = new ArrayList<>();
        entries.fieldNames().forEachRemaining(keys::add);
        for (String name : registry.credentialKeys()) {
            for (String candidate : List.of(name, "https://" + name)) {
                if (keys.contains(candidate)) {
                    return Optional.of(candidate);
                }
            }
            for (String key : keys) {
                if (key.startsWith(name + "/") || key.startsWith("https://" + name + "/")) {
                    return Optional.of(key);
                }
            }
        }
        return Optional.empty();
    }

    private String where() {
        return " (" + file + ")";
    }
}
