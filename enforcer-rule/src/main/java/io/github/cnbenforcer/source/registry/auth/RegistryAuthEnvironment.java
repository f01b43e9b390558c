package io.github.cnbenforcer.source.registry.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The buildpacks platform's {@code CNB_REGISTRY_AUTH}: a JSON object from registry to a complete
 * {@code Authorization} value, e.g. {@code {"ghcr.io":"Bearer abc","index.docker.io":"Basic dXNlcjpwYXNz"}}.
 */
public final class RegistryAuthEnvironment implements CredentialSource {
    public static final String VARIABLE = "CNB_REGISTRY_AUTH";

    private final String value;
    private Map<String, String> byRegistry;

    /** @param value the variable's value, or {@code null} when it is not set */
    public RegistryAuthEnvironment(String value) {
        this.value = value;
    }

    @Override
    public Optional<RegistryCredential> find(RegistryHost registry) throws CredentialLookupException {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> entries = entries();
        for (String key : registry.credentialKeys()) {
            String authorization = entries.get(key);
            if (authorization != null && !authorization.isBlank()) {
                return Optional.of(RegistryCredential.authorizationHeader(authorization, VARIABLE));
            }
        }
        return Optional.empty();
    }

    private synchronized Map<String, String> entries() throws CredentialLookupException {
        if (byRegistry == null) {
            byRegistry = parse(value);
        }
        return byRegistry;
    }

    private static Map<String, String> parse(String json) throws CredentialLookupException {
        JsonNode root;
        try {
            root = Json.tree(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The parser's message may quote the value, which holds secrets: say only what is wrong.
            root = null;
        }
        if (root == null || !root.isObject()) {
            throw new CredentialLookupException(VARIABLE + " is not a JSON object that maps registries to"
                    + " Authorization values, e.g. {\"ghcr.io\":\"Bearer …\",\"index.docker.io\":\"Basic …\"}");
        }
        Map<String, String> entries = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isTextual()) {
                entries.putIfAbsent(normalise(field.getKey()), field.getValue().asText());
            }
        }
        return entries;
    }

    /** {@code https://index.docker.io/v1/} and {@code INDEX.docker.io} both become {@code index.docker.io}. */
    private static String normalise(String registry) {
        String key = registry.trim().toLowerCase(Locale.ROOT);
        int scheme = key.indexOf("://");
        if (scheme >= 0) {
            key = key.substring(scheme + 3);
        }
        int slash = key.indexOf('/');
        return slash >= 0 ? key.substring(0, slash) : key;
    }

    @Override
    public String toString() {
        return VARIABLE;
    }
}
