package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.Json;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes test images as a {@code docker save} tarball in the classic layout: {@code manifest.json},
 * one {@code <hex>.json} config per image and one uncompressed {@code <diffid>/layer.tar} per layer.
 */
public final class DockerArchiveWriter {
    private final Map<String, TestImage> images = new LinkedHashMap<>();

    public static DockerArchiveWriter create() {
        return new DockerArchiveWriter();
    }

    /** Adds an image under {@code repoTag} (e.g. {@code example/run:jammy}); null for an untagged image. */
    public DockerArchiveWriter add(String repoTag, TestImage image) {
        images.put(repoTag == null ? "untagged-" + images.size() : repoTag, image);
        return this;
    }

    public void writeTo(Path tarFile) {
        ArrayNode manifest = Json.mapper().createArrayNode();
        try (OutputStream out = Files.newOutputStream(tarFile);
                TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Map.Entry<String, TestImage> image : images.entrySet()) {
                byte[] config = image.getValue().configBytes();
                String configName = Digest.sha256(config).hex() + ".json";
                put(tar, configName, config);
                ObjectNode entry = manifest.addObject();
                entry.put("Config", configName);
                ArrayNode repoTags = entry.putArray("RepoTags");
                if (!image.getKey().startsWith("untagged-")) {
                    repoTags.add(image.getKey());
                }
                ArrayNode layers = entry.putArray("Layers");
                for (TestLayer layer : image.getValue().layers()) {
                    String layerName = layer.diffId().hex() + "/layer.tar";
                    put(tar, layerName, layer.tar());
                    layers.add(layerName);
                }
            }
            put(tar, "manifest.json", Json.mapper().writeValueAsBytes(manifest));
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(TarArchiveOutputStream tar, String name, byte[] content) throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        tar.putArchiveEntry(entry);
        tar.write(content);
        tar.closeArchiveEntry();
    }
}
