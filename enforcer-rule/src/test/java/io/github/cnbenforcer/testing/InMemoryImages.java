package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.Manifest;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.PlatformImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds {@link PlatformImage}s straight from test images, their blobs in an
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
        List<Descriptor> layers = new ArrayList<>();
        image.layers().forEach(layer -> layers.add(add(layer)));
        return image(reference, image, layers);
    }

    /**
     * An image with the config of {@code config} (its own layers ignored) and the given layers, bottom
     * first, which must come from {@link #add}.
     */
    public PlatformImage image(String reference, TestImage config, List<Descriptor> layers) {
        Descriptor configDescriptor = store.add(MediaTypes.OCI_CONFIG, config.configBytes());
        ObjectNode manifest = Json.mapper().createObjectNode();
        manifest.put("schemaVersion", 2);
        manifest.put("mediaType", MediaTypes.OCI_MANIFEST);
        manifest.set("config", descriptorJson(configDescriptor));
        ArrayNode layerNodes = manifest.putArray("layers");
        layers.forEach(layer -> layerNodes.add(descriptorJson(layer)));
        byte[] manifestBytes = bytes(manifest);
        Descriptor manifestDescriptor = store.add(MediaTypes.OCI_MANIFEST, manifestBytes);
        try {
            ImageConfig imageConfig = ImageConfig.parse(configDescriptor.digest(), config.configBytes());
            return new PlatformImage(
                    reference,
                    imageConfig.platform(),
                    Manifest.parse(manifestDescriptor, manifestBytes),
                    imageConfig,
                    store);
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

    private static byte[] bytes(ObjectNode json) {
        try {
            return Json.mapper().writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
