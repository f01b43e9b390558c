package io.github.cnbenforcer.image;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.text.Quote;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The fields of an image config the rule reads, held to the Go types the lifecycle and pack read them
 * as ({@code ConfigFile} of go-containerregistry's {@code v1/config.go}): {@code os},
 * {@code architecture}, {@code variant}, {@code os.version} and {@code config.User} are strings,
 * {@code config} an object, {@code config.Env} a list of strings and {@code config.Labels} a map of
 * strings. As in Go's {@code json.Unmarshal}, {@code null} is the zero value wherever it stands (a
 * {@code null} label is the empty string); any other type makes the config unreadable, for the
 * lifecycle as for the rule.
 */
final class ConfigFieldTypes {
    private static final List<String> TOP_LEVEL_STRINGS = List.of("os", "architecture", "variant", "os.version");

    private ConfigFieldTypes() {}

    /** @throws ImageReadException naming the first field of another type, if any */
    static void require(JsonNode json, String what) throws ImageReadException {
        for (String field : TOP_LEVEL_STRINGS) {
            requireString(json.get(field), field, what);
        }
        JsonNode config = json.get("config");
        if (isAbsent(config)) {
            return;
        }
        requireType(config, JsonNode::isObject, "config", "an object", what);
        requireString(config.get("User"), "config.User", what);
        requireEnv(config.get("Env"), what);
        requireLabels(config.get("Labels"), what);
    }

    private static void requireEnv(JsonNode env, String what) throws ImageReadException {
        if (isAbsent(env)) {
            return;
        }
        requireType(env, JsonNode::isArray, "config.Env", "a list", what);
        for (int index = 0; index < env.size(); index++) {
            requireString(env.get(index), "config.Env[" + index + "]", what);
        }
    }

    private static void requireLabels(JsonNode labels, String what) throws ImageReadException {
        if (isAbsent(labels)) {
            return;
        }
        requireType(labels, JsonNode::isObject, "config.Labels", "an object", what);
        for (Iterator<Map.Entry<String, JsonNode>> it = labels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> label = it.next();
            requireString(label.getValue(), "config.Labels[" + Quote.of(label.getKey()) + "]", what);
        }
    }

    private static void requireString(JsonNode value, String field, String what) throws ImageReadException {
        if (!isAbsent(value)) {
            requireType(value, JsonNode::isTextual, field, "a string", what);
        }
    }

    private static void requireType(
            JsonNode value, Predicate<JsonNode> test, String field, String expected, String what)
            throws ImageReadException {
        if (!test.test(value)) {
            throw new ImageReadException(what + " is malformed: " + field + " is " + typeOf(value) + ", not " + expected
                    + " (the lifecycle cannot read it either)");
        }
    }

    private static boolean isAbsent(JsonNode value) {
        return value == null || value.isNull();
    }

    /** The JSON type of a value, never the value itself. */
    private static String typeOf(JsonNode value) {
        switch (value.getNodeType()) {
            case ARRAY:
                return "a list";
            case OBJECT:
                return "an object";
            case BOOLEAN:
                return "a boolean";
            case NUMBER:
                return "a number";
            default:
                return "a string";
        }
    }
}
