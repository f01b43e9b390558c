package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.Platform;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes test images into an OCI image layout directory ({@code oci-layout}, {@code index.json},
 * {@code blobs/sha256/…}), and packs layouts into archives. Each {@code write} adds one entry to
 * {@code index.json}.
 */
public final class OciLayoutWriter {
    private static final String ATTESTATION_MANIFEST = "attestation-manifest";
    /** Blobs up to this size are embedded in their descriptors' {@code data} (which must equal the content). */
    private static final int MAX_EMBEDDED_BYTES = 64;

    private final Path directory;
    private final ArrayNode rootEntries = Json.mapper().createArrayNode();
    private boolean oci11Fields;
    private boolean dockerMediaTypes;

    private OciLayoutWriter(Path directory) {
        this.directory = directory;
    }

    public static OciLayoutWriter to(Path directory) {
        return new OciLayoutWriter(directory);
    }

    /**
     * Adds OCI 1.1 descriptor fields everywhere: {@code artifactType}, {@code annotations}, and
     * {@code data} for small blobs.
     */
    public OciLayoutWriter withOci11Fields() {
        this.oci11Fields = true;
        return this;
    }

    /** Writes Docker v2 schema 2 manifests and manifest lists instead of OCI ones. */
    public OciLayoutWriter withDockerMediaTypes() {
        this.dockerMediaTypes = true;
        return this;
    }

    /** Writes a single-platform image; {@code refName} may be null. */
    public ObjectNode write(String refName, TestImage image) {
        ObjectNode descriptor = writeImage(image, true);
        addRoot(descriptor, refName);
        return descriptor;
    }

    /** Writes a multi-platform image as an index; {@code refName} may be null. */
    public ObjectNode write(String refName, TestIndex index) {
        ObjectNode indexJson = Json.mapper().createObjectNode();
        indexJson.put("schemaVersion", 2);
        indexJson.put("mediaType", indexMediaType());
        ArrayNode manifests = indexJson.putArray("manifests");
        for (TestImage image : index.images()) {
            ObjectNode descriptor = writeImage(image, true);
            manifests.add(descriptor);
            if (index.hasAttestations()) {
                manifests.add(writeAttestation(descriptor.get("digest").asText()));
            }
        }
        ObjectNode descriptor = writeBlob(indexMediaType(), bytes(indexJson));
        addRoot(descriptor, refName);
        return descriptor;
    }

    private ObjectNode writeImage(TestImage image, boolean withPlatform) {
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", manifestMediaType());
        manifest.set(
                "config",
                writeBlob(dockerMediaTypes ? MediaTypes.DOCKER_CONFIG : MediaTypes.OCI_CONFIG, image.configBytes()));
        ArrayNode layers = manifest.putArray("layers");
        for (TestLayer layer : image.layers()) {
            layers.add(writeBlob(layerMediaType(layer), layer.blob()));
        }
        ObjectNode descriptor = writeBlob(manifestMediaType(), bytes(manifest));
        if (withPlatform) {
            Platform listed = image.listedPlatform();
            ObjectNode platform = descriptor.putObject("platform");
            platform.put("os", listed.os());
            platform.put("architecture", listed.architecture());
            listed.variant().ifPresent(variant -> platform.put("variant", variant));
        }
        return descriptor;
    }

    private ObjectNode writeAttestation(String subjectDigest) {
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", MediaTypes.OCI_MANIFEST);
        manifest.set("config", writeBlob(MediaTypes.OCI_CONFIG, "{}".getBytes(StandardCharsets.UTF_8)));
        manifest.putArray("layers")
                .add(writeBlob(
                        "application/vnd.in-toto+json",
                        "{\"_type\":\"https://in-toto.io/Statement/v0.1\"}".getBytes(StandardCharsets.UTF_8)));
        ObjectNode descriptor = writeBlob(MediaTypes.OCI_MANIFEST, bytes(manifest));
        descriptor.putObject("platform").put("os", "unknown").put("architecture", "unknown");
        descriptor
                .putObject("annotations")
                .put("vnd.docker.reference.type", ATTESTATION_MANIFEST)
                .put("vnd.docker.reference.digest", subjectDigest);
        return descriptor;
    }

    private ObjectNode writeBlob(String mediaType, byte[] content) {
        Digest digest = Digest.sha256(content);
        try {
            Path blobs = directory.resolve("blobs").resolve("sha256");
            Files.createDirectories(blobs);
            Files.write(blobs.resolve(digest.hex()), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ObjectNode descriptor = Json.mapper().createObjectNode();
        descriptor.put("mediaType", mediaType);
        descriptor.put("digest", digest.toString());
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

    private void addRoot(ObjectNode descriptor, String refName) {
        ObjectNode entry = descriptor.deepCopy();
        if (refName != null) {
            entry.with("annotations").put("org.opencontainers.image.ref.name", refName);
        }
        rootEntries.add(entry);
        ObjectNode index = Json.mapper().createObjectNode();
        index.put("schemaVersion", 2);
        index.put("mediaType", MediaTypes.OCI_INDEX);
        index.set("manifests", rootEntries);
        try {
            Files.createDirectories(directory);
            Files.write(
                    directory.resolve("oci-layout"),
                    "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
            Files.write(directory.resolve("index.json"), bytes(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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

    private static byte[] bytes(ObjectNode json) {
        try {
            return Json.mapper()
                    .writer()
                    .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Packs a directory (an OCI layout, or any files) into a tar file, entries relative to the directory. */
    public static void archive(Path directory, Path tarFile) {
        archive(directory, tarFile, "");
    }

    /** Packs a directory into a tar file, each entry name starting with {@code namePrefix} (e.g. {@code ./}). */
    public static void archive(Path directory, Path tarFile, String namePrefix) {
        try (OutputStream out = Files.newOutputStream(tarFile);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out);
                Stream<Path> files = Files.walk(directory)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path file : (Iterable<Path>) files.sorted()::iterator) {
                if (file.equals(directory)) {
                    continue;
                }
                String name = namePrefix + directory.relativize(file).toString().replace('\\', '/');
                TarArchiveEntry entry = new TarArchiveEntry(file.toFile(), Files.isDirectory(file) ? name + "/" : name);
                tar.putArchiveEntry(entry);
                if (Files.isRegularFile(file)) {
                    Files.copy(file, tar);
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
