package io.github.cnbenforcer.image;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;

/** The one JSON mapper of the rule: tolerant of unknown fields, strict about malformed documents. */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
                    .streamReadConstraints(
                            StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {}

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Parses a JSON document; {@code what} names it for the error ("the image config"). The error says
     * where and what was expected, never what the document holds.
     *
     * @throws ImageReadException if it is not well-formed JSON
     */
    public static JsonNode parse(byte[] content, String what) throws ImageReadException {
        try {
            JsonNode node = MAPPER.readTree(content);
            if (node == null || node.isMissingNode()) {
                throw new ImageReadException(what + " is not valid JSON: it is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new ImageReadException(what + " is not valid JSON: " + JsonSyntax.describe(e));
        } catch (IOException e) {
            throw new ImageReadException(what + " is not valid JSON: it cannot be read as text");
        }
    }

    /**
     * Parses a JSON object, as {@link #parse} does.
     *
     * @throws ImageReadException if it is not well-formed JSON or not an object
     */
    public static JsonNode parseObject(byte[] content, String what) throws ImageReadException {
        JsonNode node = parse(content, what);
        if (!node.isObject()) {
            throw new ImageReadException(what + " is not a JSON object");
        }
        return node;
    }

    /** A document as image tools write it: compact, without line breaks. */
    public static byte[] compact(JsonNode json) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    /** The text of a string field, or {@code null} when absent or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
