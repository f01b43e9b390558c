package io.github.cnbenforcer.image;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image config, kept as its JSON tree so that {@code variant}, {@code os.version} and fields the
 * rule does not know survive; the accessors read the fields the checks need, whose types are those
 * the lifecycle reads them as ({@link ConfigFieldTypes}).
 */
public final class ImageConfig {
    private final Digest digest;
    private final JsonNode json;

    private ImageConfig(Digest digest, JsonNode json) {
        this.digest = digest;
        this.json = json;
    }

    /**
     * @throws ImageReadException if it is not a JSON object, or a field the rule reads is not of the
     *     type the lifecycle reads it as
     */
    public static ImageConfig parse(Digest digest, byte[] raw) throws ImageReadException {
        String what = "the image config " + digest.abbreviated();
        JsonNode json = Json.parseObject(raw, what);
        ConfigFieldTypes.require(json, what);
        return new ImageConfig(digest, json);
    }

    public Digest digest() {
        return digest;
    }

    public JsonNode json() {
        return json;
    }

    /** {@code os}, or empty text when absent. */
    public String os() {
        return textOrEmpty(Json.text(json, "os"));
    }

    /** {@code architecture}, or empty text when absent. */
    public String architecture() {
        return textOrEmpty(Json.text(json, "architecture"));
    }

    public Optional<String> variant() {
        return Optional.ofNullable(Json.text(json, "variant")).filter(v -> !v.isEmpty());
    }

    public Optional<String> osVersion() {
        return Optional.ofNullable(Json.text(json, "os.version")).filter(v -> !v.isEmpty());
    }

    public Platform platform() {
        return Platform.of(os(), architecture(), variant().orElse(null));
    }

    /** {@code config.User}; empty when the field is absent (the user is then root). */
    public Optional<String> user() {
        return Optional.ofNullable(Json.text(json.get("config"), "User"));
    }

    /** {@code config.Env} entries as written ({@code NAME=value}); a {@code null} entry is empty, as in Go. */
    public List<String> env() {
        JsonNode env = containerConfig().get("Env");
        List<String> entries = new ArrayList<>();
        if (env != null) {
            env.forEach(entry -> entries.add(goString(entry)));
        }
        return Collections.unmodifiableList(entries);
    }

    /**
     * The value of an environment variable in {@code config.Env}: the last entry of that name wins,
     * as in a container; an entry without {@code =} is not a value. On Windows, whose environment
     * ignores case, {@code Path=} is {@code PATH}.
     */
    public Optional<String> envValue(String name) {
        boolean ignoreCase = "windows".equals(os());
        String value = null;
        for (String entry : env()) {
            int equals = entry.indexOf('=');
            String entryName = equals > 0 ? entry.substring(0, equals) : null;
            if (entryName != null && (ignoreCase ? entryName.equalsIgnoreCase(name) : entryName.equals(name))) {
                value = entry.substring(equals + 1);
            }
        }
        return Optional.ofNullable(value);
    }

    /** {@code config.Labels}; a {@code null} value is the empty string, as in Go. */
    public Map<String, String> labels() {
        JsonNode labels = containerConfig().get("Labels");
        Map<String, String> result = new LinkedHashMap<>();
        if (labels != null) {
            labels.fields().forEachRemaining(e -> result.put(e.getKey(), goString(e.getValue())));
        }
        return Collections.unmodifiableMap(result);
    }

    public Optional<String> label(String name) {
        return Optional.ofNullable(labels().get(name));
    }

    private JsonNode containerConfig() {
        JsonNode config = json.get("config");
        return config != null && config.isObject() ? config : Json.object();
    }

    /** A string the config's types were checked to hold: text, or {@code null} for Go's zero value. */
    private static String goString(JsonNode value) {
        return textOrEmpty(value.textValue());
    }

    private static String textOrEmpty(String text) {
        return text == null ? "" : text;
    }
}
