package io.github.cnbenforcer.image;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.text.Quote;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An OCI content descriptor. Only the fields the rule reads are parsed; any other field
 * ({@code artifactType}, {@code data}, {@code urls}, future ones) is accepted and ignored.
 */
public final class Descriptor {
    /** Annotation that names an image in an OCI layout's {@code index.json}. */
    public static final String REF_NAME = "org.opencontainers.image.ref.name";

    private final String mediaType;
    private final Digest digest;
    private final long size;
    private final Platform platform;
    private final Map<String, String> annotations;

    public Descriptor(String mediaType, Digest digest, long size, Platform platform, Map<String, String> annotations) {
        this.mediaType = mediaType == null ? "" : mediaType;
        this.digest = digest;
        this.size = size;
        this.platform = platform;
        this.annotations = Collections.unmodifiableMap(new LinkedHashMap<>(annotations));
    }

    public static Descriptor of(String mediaType, Digest digest, long size) {
        return new Descriptor(mediaType, digest, size, null, Map.of());
    }

    /**
     * Reads a descriptor object.
     *
     * @param what names the descriptor in errors, e.g. "manifests[2] of the index"
     */
    public static Descriptor parse(JsonNode node, String what) throws ImageReadException {
        if (node == null || !node.isObject()) {
            throw new ImageReadException(what + " is not a descriptor object");
        }
        String digestText = Json.text(node, "digest");
        if (!Digest.isValid(digestText)) {
            throw new ImageReadException(
                    what + " has no valid digest (found " + (digestText == null ? "none" : Quote.of(digestText)) + ")");
        }
        JsonNode size = node.get("size");
        if (size == null || !size.canConvertToLong() || size.asLong() < 0) {
            throw new ImageReadException(what + " has no valid size");
        }
        Map<String, String> annotations = new LinkedHashMap<>();
        JsonNode annotationNode = node.get("annotations");
        if (annotationNode != null && annotationNode.isObject()) {
            annotationNode.fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    annotations.put(e.getKey(), e.getValue().asText());
                }
            });
        }
        JsonNode platformNode = node.get("platform");
        Platform platform = platformNode != null && platformNode.isObject()
                ? Platform.of(
                        Json.text(platformNode, "os"),
                        Json.text(platformNode, "architecture"),
                        Json.text(platformNode, "variant"))
                : null;
        return new Descriptor(
                Json.text(node, "mediaType"), Digest.parse(digestText), size.asLong(), platform, annotations);
    }

    public String mediaType() {
        return mediaType;
    }

    public Digest digest() {
        return digest;
    }

    public long size() {
        return size;
    }

    public Optional<Platform> platform() {
        return Optional.ofNullable(platform);
    }

    public Map<String, String> annotations() {
        return annotations;
    }

    public Optional<String> refName() {
        return Optional.ofNullable(annotations.get(REF_NAME));
    }

    @Override
    public String toString() {
        return mediaType + " " + digest;
    }
}
