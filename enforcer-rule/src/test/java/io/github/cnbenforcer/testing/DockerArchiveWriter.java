package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.MediaTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes test images as a {@code docker save} tarball. The classic layout has {@code manifest.json},
 * one {@code <hex>.json} config per image and one uncompressed {@code <diffid>/layer.tar} per layer;
 * {@link #withOciLayout()} writes the layout of Docker 25 and newer instead.
 */
public final class DockerArchiveWriter {
    private final Map<String, TestImage> images = new LinkedHashMap<>();
    private boolean ociLayout;

    /** Receives the archive's files, by path. */
    private interface FileSink {
        void put(String path, byte[] content) throws IOException;
    }

    public static DockerArchiveWriter create() {
        return new DockerArchiveWriter();
    }

    /** Adds an image under {@code repoTag} (e.g. {@code example/run:jammy}); null for an untagged image. */
    public DockerArchiveWriter add(String repoTag, TestImage image) {
        images.put(repoTag == null ? "untagged-" + images.size() : repoTag, image);
        return this;
    }

    /**
     * Writes as Docker 25 and newer do: every file is a blob under {@code blobs/sha256/} (the blobs of
     * {@link ImageBlobs}, layers uncompressed), listed both by
     * {@code manifest.json} and by an OCI {@code index.json} whose entries carry the image name
     * ({@code io.containerd.image.name}) and the tag ({@code org.opencontainers.image.ref.name}).
     */
    public DockerArchiveWriter withOciLayout() {
        this.ociLayout = true;
        return this;
    }

    public void writeTo(Path tarFile) {
        try (OutputStream out = Files.newOutputStream(tarFile);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            write((path, content) -> {
                TarArchiveEntry entry = new TarArchiveEntry(path);
                entry.setSize(content.length);
                tar.putArchiveEntry(entry);
                tar.write(content);
                tar.closeArchiveEntry();
            });
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Writes the image {@code root} names, of {@code blobs} as they are (tampered with, or incomplete),
     * as Docker 25 and newer save it with the containerd image store: an OCI layout whose
     * {@code index.json} names the image as Docker does, beside a {@code manifest.json} that lists each
     * platform image's config and layers.
     */
    public static void writeTo(Path tarFile, ImageBlobs blobs, ObjectNode root, String repoTag) {
        Path directory = tarFile.resolveSibling(tarFile.getFileName() + ".files");
        ObjectNode entry = indexEntry(root, null);
        entry.putObject("annotations").put("io.containerd.image.name", fullName(repoTag));
        OciLayoutWriter.to(directory, blobs).writeRoot(entry, repoTag.substring(repoTag.lastIndexOf(':') + 1));
        ArrayNode manifest = Json.mapper().createArrayNode();
        for (ObjectNode image : platformManifests(blobs, root)) {
            ObjectNode saved = manifest.addObject();
            saved.put(
                    "Config",
                    "blobs/sha256/"
                            + Digest.parse(image.path("config").path("digest").asText())
                                    .hex());
            saved.putArray("RepoTags").add(repoTag);
            ArrayNode layers = saved.putArray("Layers");
            image.path("layers")
                    .forEach(layer -> layers.add("blobs/sha256/"
                            + Digest.parse(layer.path("digest").asText()).hex()));
        }
        try {
            Files.write(directory.resolve("manifest.json"), Json.mapper().writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OciLayoutWriter.archive(directory, tarFile);
    }

    /** The manifests of the platform images {@code root} names: itself, or those its index lists. */
    private static List<ObjectNode> platformManifests(ImageBlobs blobs, ObjectNode root) {
        ObjectNode document = parse(blobs.get(root).content());
        if (!document.has("manifests")) {
            return List.of(document);
        }
        List<ObjectNode> manifests = new ArrayList<>();
        for (JsonNode entry : document.get("manifests")) {
            if (!entry.path("annotations").has("vnd.docker.reference.type")) {
                manifests.add(parse(
                        blobs.get(Digest.parse(entry.get("digest").asText())).content()));
            }
        }
        return manifests;
    }

    private static ObjectNode parse(byte[] json) {
        try {
            return (ObjectNode) Json.mapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the archive's files into a directory, for tests that change them before packing with {@link OciLayoutWriter#archive}. */
    public void writeInto(Path directory) {
        try {
            write((path, content) -> {
                Path file = directory.resolve(path);
                Files.createDirectories(file.getParent());
                Files.write(file, content);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(FileSink sink) throws IOException {
        ArrayNode manifest = Json.mapper().createArrayNode();
        ImageBlobs blobs = ImageBlobs.create().withUncompressedLayers();
        ArrayNode indexEntries = Json.mapper().createArrayNode();
        for (Map.Entry<String, TestImage> named : images.entrySet()) {
            String repoTag = named.getKey().startsWith("untagged-") ? null : named.getKey();
            manifest.add(savedEntry(sink, named.getValue(), repoTag));
            if (ociLayout) {
                indexEntries.add(indexEntry(blobs.image(named.getValue()), repoTag));
            }
        }
        sink.put("manifest.json", Json.mapper().writeValueAsBytes(manifest));
        if (ociLayout) {
            for (ImageBlobs.Blob blob : blobs.all()) {
                sink.put("blobs/sha256/" + blob.digest().hex(), blob.content());
            }
            ObjectNode index = Json.mapper().createObjectNode();
            index.put("schemaVersion", 2);
            index.put("mediaType", MediaTypes.OCI_INDEX);
            index.set("manifests", indexEntries);
            sink.put("index.json", Json.mapper().writeValueAsBytes(index));
            sink.put("oci-layout", "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
        }
    }

    /**
     * The {@code manifest.json} entry of an image. The classic layout stores its config and layers
     * here; with an OCI layout they are blobs of it.
     */
    private ObjectNode savedEntry(FileSink sink, TestImage image, String repoTag) throws IOException {
        ObjectNode entry = Json.mapper().createObjectNode();
        byte[] config = image.configBytes();
        entry.put("Config", ociLayout ? blobPath(config) : Digest.sha256(config).hex() + ".json");
        if (!ociLayout) {
            sink.put(entry.get("Config").asText(), config);
        }
        ArrayNode repoTags = entry.putArray("RepoTags");
        if (repoTag != null) {
            repoTags.add(repoTag);
        }
        ArrayNode layers = entry.putArray("Layers");
        for (TestLayer layer : image.layers()) {
            String layerPath =
                    ociLayout ? blobPath(layer.tar()) : layer.diffId().hex() + "/layer.tar";
            if (!ociLayout) {
                sink.put(layerPath, layer.tar());
            }
            layers.add(layerPath);
        }
        return entry;
    }

    /** The index entry of an image's manifest, named as Docker names it. */
    private static ObjectNode indexEntry(ObjectNode manifest, String repoTag) {
        ObjectNode entry = manifest.deepCopy();
        entry.remove("platform");
        if (repoTag != null) {
            entry.putObject("annotations")
                    .put("io.containerd.image.name", fullName(repoTag))
                    .put("org.opencontainers.image.ref.name", repoTag.substring(repoTag.lastIndexOf(':') + 1));
        }
        return entry;
    }

    /** The name as Docker records it: {@code example/run:jammy} is {@code docker.io/example/run:jammy}. */
    private static String fullName(String repoTag) {
        int slash = repoTag.indexOf('/');
        String first = slash < 0 ? "" : repoTag.substring(0, slash);
        if (first.contains(".") || first.contains(":") || first.equals("localhost")) {
            return repoTag;
        }
        return "docker.io/" + (slash < 0 ? "library/" : "") + repoTag;
    }

    private static String blobPath(byte[] content) {
        return "blobs/sha256/" + Digest.sha256(content).hex();
    }
}
