package io.github.cnbenforcer.source.layout;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.MediaTypes;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The content of an image of a classic {@code docker save} archive, which holds a config and
 * uncompressed layer tars but no manifest: a Docker v2 schema 2 manifest is made up for it. Its
 * layers are named by the config's {@code rootfs.diff_ids}, which are the digests of uncompressed
 * tars, so the shared resolver reads the image and verifies every blob, as for any source.
 */
final class SynthesizedManifest implements LayoutBlobs {
    private final Descriptor descriptor;
    private final byte[] manifest;
    private final LayoutBlobs blobs;

    private SynthesizedManifest(Descriptor descriptor, byte[] manifest, LayoutBlobs blobs) {
        this.descriptor = descriptor;
        this.manifest = manifest;
        this.blobs = blobs;
    }

    static SynthesizedManifest of(SavedImage image, LayoutFiles files) throws ImageReadException {
        byte[] config = files.read(image.config(), ImageContent.MAX_CONFIG_BYTES)
                .orElseThrow(() -> new ImageReadException(
                        files.location() + " has no file " + image.config() + ", the config its manifest.json names"));
        Digest configDigest = Digest.sha256(config);
        List<Digest> diffIds = diffIds(ImageConfig.parse(configDigest, config));
        if (diffIds.size() != image.layers().size()) {
            throw new ImageReadException("the image config " + image.config() + " in " + files.location() + " lists "
                    + diffIds.size() + " layer diff_ids, but manifest.json lists "
                    + image.layers().size() + " layers");
        }
        Map<Digest, String> paths = new HashMap<>();
        paths.put(configDigest, image.config());
        ObjectNode json = Json.object();
        json.put("schemaVersion", 2);
        json.put("mediaType", MediaTypes.DOCKER_MANIFEST);
        json.set("config", descriptorJson(MediaTypes.DOCKER_CONFIG, configDigest, config.length));
        ArrayNode layers = json.putArray("layers");
        for (int i = 0; i < diffIds.size(); i++) {
            String layer = image.layers().get(i);
            OptionalLong size = files.size(layer);
            if (size.isEmpty()) {
                throw new ImageReadException(files.location() + " has no file " + layer
                        + ", a layer its manifest.json lists: it is incomplete; save the image again");
            }
            paths.put(diffIds.get(i), layer);
            layers.add(descriptorJson(MediaTypes.DOCKER_LAYER, diffIds.get(i), size.getAsLong()));
        }
        byte[] manifest = Json.compact(json);
        return new SynthesizedManifest(
                Descriptor.of(MediaTypes.DOCKER_MANIFEST, Digest.sha256(manifest), manifest.length),
                manifest,
                new BlobStore(files, digest -> Optional.ofNullable(paths.get(digest))));
    }

    private static List<Digest> diffIds(ImageConfig config) throws ImageReadException {
        List<Digest> diffIds = new ArrayList<>();
        for (JsonNode diffId : config.json().path("rootfs").path("diff_ids")) {
            if (!Digest.isValid(diffId.asText(null))) {
                throw new ImageReadException("the image config "
                        + config.digest().abbreviated() + " lists a layer diff_id that is not a digest: " + diffId);
            }
            diffIds.add(Digest.parse(diffId.asText()));
        }
        return diffIds;
    }

    private static ObjectNode descriptorJson(String mediaType, Digest digest, long size) {
        ObjectNode descriptor = Json.object();
        descriptor.put("mediaType", mediaType);
        descriptor.put("size", size);
        descriptor.put("digest", digest.toString());
        return descriptor;
    }

    /** The descriptor of the made-up manifest: the root of the image. */
    Descriptor descriptor() {
        return descriptor;
    }

    @Override
    public byte[] read(Descriptor wanted, long maxBytes) throws ImageReadException {
        return wanted.digest().equals(descriptor.digest()) ? manifest.clone() : blobs.read(wanted, maxBytes);
    }

    @Override
    public InputStream open(Descriptor wanted) throws ImageReadException {
        return blobs.open(wanted);
    }
}
