package io.github.cnbenforcer.source;

import io.github.cnbenforcer.cache.ImageCache;
import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageIndex;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.Manifest;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns any {@link ImageSource} into a {@link ReferencedImage}, the same way for every source: reads
 * the manifest or index the reference names through {@link VerifiedContent}, so that every document
 * and layer is checked against its descriptor, and lists the platform images. Index entries that are
 * not images of a platform (attestations, {@code unknown/unknown}, other artifacts) are left out.
 */
public final class ImageResolver {
    private static final String REFERENCE_TYPE = "vnd.docker.reference.type";
    private static final int MAX_INDEX_DEPTH = 3;

    private final ImageSource source;
    private final ImageContent content;

    private ImageResolver(ImageSource source, ImageCache cache) {
        this.source = source;
        this.content = new VerifiedContent(source, cache);
    }

    /** The image {@code source} names, its content verified. */
    public static ReferencedImage resolve(ImageSource source) throws ImageReadException {
        return resolve(source, ImageCache.NONE);
    }

    /**
     * The image {@code source} names, its content verified; its manifests, indexes and configs are
     * read from {@code cache} where it holds them, and kept there.
     */
    public static ReferencedImage resolve(ImageSource source, ImageCache cache) throws ImageReadException {
        return new ImageResolver(source, cache).resolveRoot();
    }

    private ReferencedImage resolveRoot() throws ImageReadException {
        Descriptor root = source.root();
        byte[] raw = content.read(root, ImageContent.MAX_MANIFEST_BYTES);
        if (isIndex(root, raw)) {
            Map<Platform, PlatformImage.Loader> loaders = new LinkedHashMap<>();
            collectPlatforms(ImageIndex.parse(raw, "the index " + root.digest().abbreviated()), loaders, 1);
            if (loaders.isEmpty()) {
                throw new ImageReadException(
                        "the index " + root.digest().abbreviated() + " lists no image of a known platform");
            }
            return ReferencedImage.index(source.reference(), source.location(), root, loaders);
        }
        PlatformImage image = load(root, raw, null);
        return ReferencedImage.single(source.reference(), source.location(), root, image);
    }

    private void collectPlatforms(ImageIndex index, Map<Platform, PlatformImage.Loader> loaders, int depth)
            throws ImageReadException {
        for (Descriptor entry : index.manifests()) {
            if ("attestation-manifest".equals(entry.annotations().get(REFERENCE_TYPE))) {
                continue;
            }
            if (MediaTypes.isIndex(entry.mediaType()) && depth < MAX_INDEX_DEPTH) {
                byte[] nested = content.read(entry, ImageContent.MAX_MANIFEST_BYTES);
                collectPlatforms(
                        ImageIndex.parse(nested, "the index " + entry.digest().abbreviated()), loaders, depth + 1);
            } else if (MediaTypes.isManifest(entry.mediaType())) {
                Platform platform = entry.platform().orElse(null);
                if (platform == null) {
                    PlatformImage image = load(entry, content.read(entry, ImageContent.MAX_MANIFEST_BYTES), null);
                    loaders.putIfAbsent(image.platform(), () -> image);
                } else if (!platform.isUnknown()) {
                    loaders.putIfAbsent(
                            platform,
                            () -> load(entry, content.read(entry, ImageContent.MAX_MANIFEST_BYTES), platform));
                }
            }
        }
    }

    private PlatformImage load(Descriptor descriptor, byte[] raw, Platform listed) throws ImageReadException {
        Manifest manifest = Manifest.parse(descriptor, raw);
        byte[] configBytes = content.read(manifest.config(), ImageContent.MAX_CONFIG_BYTES);
        ImageConfig config = ImageConfig.parse(manifest.config().digest(), configBytes);
        return new PlatformImage(
                source.reference(),
                source.location(),
                listed != null ? listed : config.platform(),
                manifest,
                config,
                content);
    }

    private static boolean isIndex(Descriptor root, byte[] raw) throws ImageReadException {
        if (MediaTypes.isIndex(root.mediaType())) {
            return true;
        }
        if (MediaTypes.isManifest(root.mediaType())) {
            return false;
        }
        // No usable media type on the descriptor: the document says which it is.
        var json = Json.parseObject(raw, "the document " + root.digest().abbreviated());
        String declared = Json.text(json, "mediaType");
        if (declared != null && (MediaTypes.isIndex(declared) || MediaTypes.isManifest(declared))) {
            return MediaTypes.isIndex(declared);
        }
        if (json.has("manifests")) {
            return true;
        }
        if (json.has("config")) {
            return false;
        }
        throw new ImageReadException("the document " + root.digest().abbreviated() + " ("
                + (root.mediaType().isEmpty() ? "no media type" : root.mediaType())
                + ") is neither an image manifest nor an index");
    }
}
