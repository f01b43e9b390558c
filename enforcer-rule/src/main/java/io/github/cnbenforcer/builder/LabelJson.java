package io.github.cnbenforcer.builder;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one JSON label value as Go's {@code encoding/json} wrote it: unknown fields ignored, {@code
 * null} the same as absent (a nil slice or struct), a known field of the wrong type an error that
 * names the field's path but never the value.
 */
final class LabelJson {
    /** More than any real builder label (a builder of a hundred buildpacks writes some 30 KB). */
    static final int MAX_LABEL_CHARS = 1024 * 1024;

    private final String label;

    LabelJson(String label) {
        this.label = label;
    }

    /** The label's JSON object. */
    JsonNode parseObject(String value) throws BuilderMetadataException {
        if (value.length() > MAX_LABEL_CHARS) {
            throw error("is longer than " + MAX_LABEL_CHARS / 1024 + " KiB");
        }
        JsonNode node;
        try {
            node = Json.tree(value);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            throw error("is not valid JSON"
                    + (location == null
                            ? ""
                            : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
        }
        if (node == null || !node.isObject()) {
            throw error("is not a JSON object");
        }
        return node;
    }

    /** The object at {@code field}, or null when absent or null. */
    JsonNode object(JsonNode parent, String field, String path) throws BuilderMetadataException {
        JsonNode node = present(parent, field);
        if (node != null && !node.isObject()) {
            throw error("has " + path + " that is not an object");
        }
        return node;
    }

    /** The elements of the array at {@code field}; empty when absent or null. */
    List<JsonNode> array(JsonNode parent, String field, String path) throws BuilderMetadataException {
        JsonNode node = present(parent, field);
        if (node == null) {
            return List.of();
        }
        if (!node.isArray()) {
            throw error("has " + path + " that is not an array");
        }
        List<JsonNode> elements = new ArrayList<>();
        node.forEach(elements::add);
        return elements;
    }

    /** The string at {@code field}; empty when absent or null. */
    String string(JsonNode parent, String field, String path) throws BuilderMetadataException {
        JsonNode node = present(parent, field);
        if (node == null) {
            return "";
        }
        if (!node.isTextual()) {
            throw error("has " + path + " that is not a string");
        }
        return node.asText();
    }

    /** The strings of the array at {@code field}; empty when absent or null. */
    List<String> strings(JsonNode parent, String field, String path) throws BuilderMetadataException {
        List<String> strings = new ArrayList<>();
        for (JsonNode element : array(parent, field, path)) {
            if (!element.isTextual()) {
                throw error("has " + path + " with an element that is not a string");
            }
            strings.add(element.asText());
        }
        return strings;
    }

    BuilderMetadataException error(String what) {
        return new BuilderMetadataException("the label " + label + " " + what);
    }

    private static JsonNode present(JsonNode parent, String field) {
        JsonNode node = parent == null ? null : parent.get(field);
        return node == null || node.isNull() ? null : node;
    }
}
