package io.github.cnbenforcer.image;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Map;

/**
 * The rule's JSON: tolerant of unknown fields, strict about malformed documents (a field twice in one
 * object, nesting deeper than 64). Documents are read into Jackson's tree ({@link JsonNode}) with
 * Jackson's streaming parser, and written with its generator, without an {@link ObjectMapper}: the
 * mapper's set-up loads about 400 classes and takes a quarter of a second of a cold build, the parser
 * and the tree about 100 classes.
 */
public final class Json {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(
                    StreamReadConstraints.builder().maxNestingDepth(64).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Json() {}

    /**
     * The full mapper, configured as the rule reads and writes, for tests and tools; the rule does not
     * use it (LeanStartTest sees to that).
     */
    public static ObjectMapper mapper() {
        return FullMapper.MAPPER;
    }

    /** A new, empty object. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /**
     * Reads a JSON document into a tree, as {@code ObjectMapper.readTree} does; a document without a
     * value is a {@link MissingNode}, and what follows the first value is not read.
     *
     * @throws JsonProcessingException if it is not well-formed JSON
     */
    public static JsonNode tree(byte[] content) throws IOException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            return firstValue(parser);
        }
    }

    /**
     * Reads JSON text (a label's value, say) into a tree, as {@link #tree(byte[])} reads a document;
     * an error's column counts characters.
     *
     * @throws JsonProcessingException if it is not well-formed JSON
     */
    public static JsonNode tree(String text) throws JsonProcessingException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            return firstValue(parser);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("text in memory is always readable", e);
        }
    }

    /**
     * Reads a JSON document that is one value and nothing else, as Go's {@code json.Unmarshal} reads one.
     *
     * @throws JsonProcessingException if it is not well-formed JSON, or something follows the value
     */
    public static JsonNode wholeTree(byte[] content) throws IOException {
        try (JsonParser parser = FACTORY.createParser(content)) {
            JsonNode node = firstValue(parser);
            if (parser.nextToken() != null) {
                throw new JsonParseException(parser, "more content after the JSON value");
            }
            return node;
        }
    }

    /**
     * Parses a JSON document; {@code what} names it for the error ("the image config"). The error says
     * where and what was expected, never what the document holds.
     *
     * @throws ImageReadException if it is not well-formed JSON
     */
    public static JsonNode parse(byte[] content, String what) throws ImageReadException {
        try {
            JsonNode node = tree(content);
            if (node.isMissingNode()) {
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
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(json, bytes, false);
        } catch (IOException e) {
            throw new IllegalStateException("a tree of plain values always writes to memory", e);
        }
        return bytes.toByteArray();
    }

    /** Writes a tree as JSON, indented for people ({@code indented}) or compact. */
    public static void write(JsonNode json, OutputStream out, boolean indented) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (indented) {
                generator.useDefaultPrettyPrinter();
            }
            write(json, generator);
        }
    }

    /** The text of a string field, or {@code null} when absent or not a string. */
    public static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }

    /** The first value of a document; a {@link MissingNode} when it has none. */
    private static JsonNode firstValue(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        return first == null ? MissingNode.getInstance() : value(parser, first);
    }

    private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
        switch (token) {
            case START_OBJECT:
                ObjectNode object = NODES.objectNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_OBJECT; next = parser.nextToken()) {
                    String name = parser.currentName();
                    object.set(name, value(parser, parser.nextToken()));
                }
                return object;
            case START_ARRAY:
                ArrayNode array = NODES.arrayNode();
                for (JsonToken next = parser.nextToken(); next != JsonToken.END_ARRAY; next = parser.nextToken()) {
                    array.add(value(parser, next));
                }
                return array;
            case VALUE_STRING:
                return NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return NODES.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return NODES.booleanNode(true);
            case VALUE_FALSE:
                return NODES.booleanNode(false);
            case VALUE_NULL:
                return NODES.nullNode();
            default:
                throw new IllegalStateException("a JSON parser yields no " + token + " where a value starts");
        }
    }

    private static JsonNode integer(JsonParser parser) throws IOException {
        switch (parser.getNumberType()) {
            case INT:
                return NODES.numberNode(parser.getIntValue());
            case LONG:
                return NODES.numberNode(parser.getLongValue());
            default:
                return NODES.numberNode(parser.getBigIntegerValue());
        }
    }

    private static void write(JsonNode json, JsonGenerator generator) throws IOException {
        switch (json.getNodeType()) {
            case OBJECT:
                generator.writeStartObject();
                for (Iterator<Map.Entry<String, JsonNode>> fields = json.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    generator.writeFieldName(field.getKey());
                    write(field.getValue(), generator);
                }
                generator.writeEndObject();
                break;
            case ARRAY:
                generator.writeStartArray();
                for (JsonNode element : json) {
                    write(element, generator);
                }
                generator.writeEndArray();
                break;
            case STRING:
                generator.writeString(json.textValue());
                break;
            case NUMBER:
                writeNumber(json, generator);
                break;
            case BOOLEAN:
                generator.writeBoolean(json.booleanValue());
                break;
            case NULL:
                generator.writeNull();
                break;
            default:
                throw new IllegalArgumentException("the rule writes no " + json.getNodeType() + " node");
        }
    }

    private static void writeNumber(JsonNode number, JsonGenerator generator) throws IOException {
        if (number.isInt()) {
            generator.writeNumber(number.intValue());
        } else if (number.isLong()) {
            generator.writeNumber(number.longValue());
        } else if (number.isBigInteger()) {
            generator.writeNumber(number.bigIntegerValue());
        } else if (number.isBigDecimal()) {
            generator.writeNumber(number.decimalValue());
        } else {
            generator.writeNumber(number.doubleValue());
        }
    }

    /** Made on first use only: its set-up is what the rule avoids. */
    private static final class FullMapper {
        static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }
}
