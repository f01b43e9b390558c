package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.Manifest;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.PlatformImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Serves test images from memory: {@link PlatformImage}s of their blobs ({@link ImageBlobs}) in an
 * {@link InMemoryContentStore}, without an image layout or a registry in between.
 *
 * <pre>{@code
 * InMemoryImages images = new InMemoryImages();
 * PlatformImage image = images.image(TestImage.compliantBuild("amd64"));
 *
 * Descriptor base = images.add(TestLayer.create().file("/etc/passwd", "root:x:0:0::/root:/bin/sh\n"));
 * Descriptor broken = images.add(MediaTypes.OCI_LAYER_GZIP, new byte[] {1, 2, 3});
 * PlatformImage custom = images.image("example/app:1", TestImage.bare("linux", "amd64"), List.of(base, broken));
 * images.store().openCount(base);
 * }</pre>
 */
public final class InMemoryImages {
    public static final String DEFAULT_REFERENCE = "registry.example.com/test/image:latest";

    private final InMemoryContentStore store = new InMemoryContentStore();

    public InMemoryContentStore store() {
        return store;
    }

    /** Stores a layer (compressed as it says) and returns its descriptor. */
    public Descriptor add(TestLayer layer) {
        return store.add(layer.mediaType(), layer.blob());
    }

    /** Stores a layer blob as given, e.g. truncated or garbage, under any media type. */
    public Descriptor add(String mediaType, byte[] blob) {
        return store.add(mediaType, blob);
    }

    /** Serves a layer blob from a file, e.g. a generated layer too large for memory. */
    public Descriptor add(String mediaType, Path blob) throws IOException {
        return store.addFile(mediaType, blob);
    }

    /** The image, its layers included, under {@link #DEFAULT_REFERENCE}. */
    public PlatformImage image(TestImage image) {
        return image(DEFAULT_REFERENCE, image);
    }

    public PlatformImage image(String reference, TestImage image) {
        ImageBlobs blobs = ImageBlobs.create();
        return platformImage(reference, blobs, blobs.image(image));
    }

    /**
     * An image with the config of {@code config} (its own layers ignored) and the given layers, bottom
     * first, which must come from {@link #add}.
     */
    public PlatformImage image(String reference, TestImage config, List<Descriptor> layers) {
        ImageBlobs blobs = ImageBlobs.create();
        ObjectNode manifest = blobs.manifest(
                blobs.add(MediaTypes.OCI_CONFIG, config.configBytes()),
                layers.stream().map(InMemoryImages::descriptorJson).collect(Collectors.toList()));
        return platformImage(reference, blobs, manifest);
    }

    /** The platform image of a manifest, its blobs put in the store. */
    private PlatformImage platformImage(String reference, ImageBlobs blobs, ObjectNode manifestDescriptor) {
        blobs.all().forEach(blob -> store.add(blob.mediaType(), blob.content()));
        byte[] manifestBytes = blobs.get(manifestDescriptor).content();
        try {
            Manifest manifest = Manifest.parse(
                    Descriptor.of(MediaTypes.OCI_MANIFEST, Digest.sha256(manifestBytes), manifestBytes.length),
                    manifestBytes);
            ImageConfig imageConfig = ImageConfig.parse(
                    manifest.config().digest(),
                    blobs.get(manifest.config().digest()).content());
            return new PlatformImage(reference, "memory", imageConfig.platform(), manifest, imageConfig, store);
        } catch (ImageReadException e) {
            throw new IllegalStateException("the test image does not parse", e);
        }
    }

    private static ObjectNode descriptorJson(Descriptor descriptor) {
        ObjectNode json = Json.mapper().createObjectNode();
        json.put("mediaType", descriptor.mediaType());
        json.put("digest", descriptor.digest().toString());
        json.put("size", descriptor.size());
        return json;
    }
}
