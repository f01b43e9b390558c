package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.MediaTypes;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Writes test images into an OCI image layout directory ({@code oci-layout}, {@code index.json},
 * {@code blobs/sha256/…}), and packs layouts into archives. Each {@code write} adds one entry to
 * {@code index.json}.
 */
public final class OciLayoutWriter {
    private final Path directory;
    private final ImageBlobs blobs;
    private final ArrayNode rootEntries = Json.mapper().createArrayNode();

    private OciLayoutWriter(Path directory, ImageBlobs blobs) {
        this.directory = directory;
        this.blobs = blobs;
    }

    public static OciLayoutWriter to(Path directory) {
        return new OciLayoutWriter(directory, ImageBlobs.create());
    }

    /** A writer of the images of {@code blobs}, as they are (tampered with, or incomplete). */
    public static OciLayoutWriter to(Path directory, ImageBlobs blobs) {
        return new OciLayoutWriter(directory, blobs);
    }

    /**
     * Adds OCI 1.1 descriptor fields everywhere: {@code artifactType}, {@code annotations}, and
     * {@code data} for small blobs.
     */
    public OciLayoutWriter withOci11Fields() {
        blobs.withOci11Fields();
        return this;
    }

    /** Writes Docker v2 schema 2 manifests and manifest lists instead of OCI ones. */
    public OciLayoutWriter withDockerMediaTypes() {
        blobs.withDockerMediaTypes();
        return this;
    }

    /** Writes a single-platform image; {@code refName} may be null. */
    public ObjectNode write(String refName, TestImage image) {
        return writeRoot(blobs.image(image), refName);
    }

    /** Writes a multi-platform image as an index; {@code refName} may be null. */
    public ObjectNode write(String refName, TestIndex index) {
        return writeRoot(blobs.index(index), refName);
    }

    /** Writes the blobs and lists {@code descriptor} in {@code index.json}, named {@code refName} unless null. */
    public ObjectNode writeRoot(ObjectNode descriptor, String refName) {
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
            Path blobDirectory =
                    Files.createDirectories(directory.resolve("blobs").resolve("sha256"));
            for (ImageBlobs.Blob blob : blobs.all()) {
                Files.write(blobDirectory.resolve(blob.digest().hex()), blob.content());
            }
            Files.write(
                    directory.resolve("oci-layout"),
                    "{\"imageLayoutVersion\":\"1.0.0\"}".getBytes(StandardCharsets.UTF_8));
            Files.write(directory.resolve("index.json"), Json.compact(index));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return descriptor;
    }

    /** The blobs written so far, for tests that serve the same images elsewhere. */
    public ImageBlobs blobs() {
        return blobs;
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
