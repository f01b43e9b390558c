package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Test images encoded as image tools write them: configs, layers, manifests and indexes, each a blob
 * named by its digest. Every way the tests serve images (an OCI layout, an archive, the fake
 * registry, memory) serves these blobs, so that each source is tried on the same bytes. Adding an
 * image yields the descriptor of its manifest, or index.
 */
public final class ImageBlobs {
    /** Blobs up to this size are embedded in their descriptors' {@code data} (which must equal the content). */
    private static final int MAX_EMBEDDED_BYTES = 64;

    private static final String ATTESTATION_MANIFEST = "attestation-manifest";

    /** One blob: the digest that names it (its content's, unless tampered with), its media type and content. */
    public record Blob(Digest digest, String mediaType, byte[] content) {}

    private final Map<Digest, Blob> blobs = new LinkedHashMap<>();
    private boolean oci11Fields;
    private boolean dockerMediaTypes;
    private boolean uncompressedLayers;

    public static ImageBlobs create() {
        return new ImageBlobs();
    }

    /**
     * Adds OCI 1.1 descriptor fields everywhere: {@code artifactType}, {@code annotations}, and
     * {@code data} for small blobs.
     */
    public ImageBlobs withOci11Fields() {
        this.oci11Fields = true;
        return this;
    }

    /** Writes Docker v2 schema 2 manifests and manifest lists instead of OCI ones. */
    public ImageBlobs withDockerMediaTypes() {
        this.dockerMediaTypes = true;
        return this;
    }

    /** Stores layers as uncompressed tars, as {@code docker save} does. */
    public ImageBlobs withUncompressedLayers() {
        this.uncompressedLayers = true;
        return this;
    }

    /** A single-platform image: its config, layers and manifest; the descriptor names the manifest and its platform. */
    public ObjectNode image(TestImage image) {
        ObjectNode descriptor = manifest(
                add(dockerMediaTypes ? MediaTypes.DOCKER_CONFIG : MediaTypes.OCI_CONFIG, image.configBytes()),
                image.layers().stream()
                        .map(layer -> uncompressedLayers
                                ? add(dockerMediaTypes ? MediaTypes.DOCKER_LAYER : MediaTypes.OCI_LAYER, layer.tar())
                                : add(layerMediaType(layer), layer.blob()))
                        .toList());
        Platform listed = image.listedPlatform();
        ObjectNode platform = descriptor.putObject("platform");
        platform.put("os", listed.os());
        platform.put("architecture", listed.architecture());
        listed.variant().ifPresent(variant -> platform.put("variant", variant));
        return descriptor;
    }

    /** A multi-platform image: an index of its platform images (and their attestations, if it has them). */
    public ObjectNode index(TestIndex index) {
        ObjectNode indexJson = Json.mapper().createObjectNode();
        indexJson.put("schemaVersion", 2);
        indexJson.put("mediaType", indexMediaType());
        ArrayNode manifests = indexJson.putArray("manifests");
        for (TestImage image : index.images()) {
            ObjectNode descriptor = image(image);
            manifests.add(descriptor);
            if (index.hasAttestations()) {
                manifests.add(attestation(descriptor.get("digest").asText()));
            }
        }
        return add(indexMediaType(), Json.compact(indexJson));
    }

    /** A manifest of a config and layers, each already added. */
    public ObjectNode manifest(ObjectNode config, List<ObjectNode> layers) {
        return manifest(manifestMediaType(), config, layers);
    }

    /** Adds a blob and returns its descriptor. */
    public ObjectNode add(String mediaType, byte[] content) {
        Blob blob = new Blob(Digest.sha256(content), mediaType, content.clone());
        blobs.putIfAbsent(blob.digest(), blob);
        ObjectNode descriptor = Json.mapper().createObjectNode();
        descriptor.put("mediaType", mediaType);
        descriptor.put("digest", blob.digest().toString());
        descriptor.put("size", content.length);
        if (oci11Fields) {
            descriptor.put("artifactType", "application/vnd.example.test+type");
            if (content.length <= MAX_EMBEDDED_BYTES) {
                descriptor.put("data", Base64.getEncoder().encodeToString(content));
            }
            descriptor.putObject("annotations").put("org.opencontainers.image.title", "test");
        }
        return descriptor;
    }

    /** Changes the content of a blob, which keeps its name: as corruption on disk or on the way would. */
    public ImageBlobs tamper(Digest digest, UnaryOperator<byte[]> change) {
        Blob blob = get(digest);
        blobs.put(
                digest,
                new Blob(digest, blob.mediaType(), change.apply(blob.content().clone())));
        return this;
    }

    /** Drops a blob, as an incomplete copy of an image lacks it. */
    public ImageBlobs remove(Digest digest) {
        get(digest);
        blobs.remove(digest);
        return this;
    }

    /** Every blob added, in the order added. */
    public Collection<Blob> all() {
        return blobs.values();
    }

    /** The blob a descriptor names. */
    public Blob get(ObjectNode descriptor) {
        return get(Digest.parse(descriptor.get("digest").asText()));
    }

    /** The JSON document (a manifest or an index) a descriptor names. */
    public ObjectNode document(ObjectNode descriptor) {
        try {
            return (ObjectNode) Json.mapper().readTree(get(descriptor).content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Blob get(Digest digest) {
        Blob blob = blobs.get(digest);
        if (blob == null) {
            throw new IllegalArgumentException("no blob " + digest);
        }
        return blob;
    }

    private ObjectNode manifest(String mediaType, ObjectNode config, List<ObjectNode> layers) {
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", mediaType);
        manifest.set("config", config);
        manifest.putArray("layers").addAll(layers);
        return add(mediaType, Json.compact(manifest));
    }

    /** An attestation manifest as BuildKit writes it: OCI, for an unknown platform, naming its subject. */
    private ObjectNode attestation(String subjectDigest) {
        ObjectNode descriptor = manifest(
                MediaTypes.OCI_MANIFEST,
                add(MediaTypes.OCI_CONFIG, "{}".getBytes(StandardCharsets.UTF_8)),
                List.of(add(
                        "application/vnd.in-toto+json",
                        "{\"_type\":\"https://in-toto.io/Statement/v0.1\"}".getBytes(StandardCharsets.UTF_8))));
        descriptor.putObject("platform").put("os", "unknown").put("architecture", "unknown");
        descriptor
                .putObject("annotations")
                .put("vnd.docker.reference.type", ATTESTATION_MANIFEST)
                .put("vnd.docker.reference.digest", subjectDigest);
        return descriptor;
    }

    private String manifestMediaType() {
        return dockerMediaTypes ? MediaTypes.DOCKER_MANIFEST : MediaTypes.OCI_MANIFEST;
    }

    private String indexMediaType() {
        return dockerMediaTypes ? MediaTypes.DOCKER_MANIFEST_LIST : MediaTypes.OCI_INDEX;
    }

    private String layerMediaType(TestLayer layer) {
        if (dockerMediaTypes && layer.compression() != Compression.ZSTD) {
            return layer.compression() == Compression.GZIP ? MediaTypes.DOCKER_LAYER_GZIP : MediaTypes.DOCKER_LAYER;
        }
        return layer.mediaType();
    }
}
