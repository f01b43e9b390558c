package io.github.cnbenforcer.image;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns an opened {@link ImageSource} into a {@link ResolvedImage}: reads the manifest or index the
 * reference names, and lists its platform images. Index entries that are not images of a platform
 * (attestations, {@code unknown/unknown}, other artifacts) are left out.
 */
public final class ImageResolver {
    private static final String REFERENCE_TYPE = "vnd.docker.reference.type";
    private static final int MAX_INDEX_DEPTH = 3;

    public ResolvedImage resolve(ImageSource source) throws ImageReadException {
        Descriptor root = source.root();
        byte[] raw = source.content().read(root, ContentStore.MAX_MANIFEST_BYTES);
        if (isIndex(root, raw)) {
            Map<Platform, ResolvedImage.PlatformLoader> loaders = new LinkedHashMap<>();
            collectPlatforms(
                    source,
                    ImageIndex.parse(root, raw, "the index " + root.digest().abbreviated()),
                    loaders,
                    1);
            if (loaders.isEmpty()) {
                throw new ImageReadException(
                        "the index " + root.digest().abbreviated() + " lists no image of a known platform");
            }
            return new ResolvedImage(source.reference(), source.location(), root, true, loaders);
        }
        PlatformImage image = load(source, root, raw, null);
        Map<Platform, ResolvedImage.PlatformLoader> single = new LinkedHashMap<>();
        single.put(image.platform(), () -> image);
        return new ResolvedImage(source.reference(), source.location(), root, false, single);
    }

    private void collectPlatforms(
            ImageSource source, ImageIndex index, Map<Platform, ResolvedImage.PlatformLoader> loaders, int depth)
            throws ImageReadException {
        for (Descriptor entry : index.manifests()) {
            if ("attestation-manifest".equals(entry.annotations().get(REFERENCE_TYPE))) {
                continue;
            }
            if (MediaTypes.isIndex(entry.mediaType()) && depth < MAX_INDEX_DEPTH) {
                byte[] nested = source.content().read(entry, ContentStore.MAX_MANIFEST_BYTES);
                collectPlatforms(
                        source,
                        ImageIndex.parse(
                                entry, nested, "the index " + entry.digest().abbreviated()),
                        loaders,
                        depth + 1);
            } else if (MediaTypes.isManifest(entry.mediaType())) {
                Platform platform = entry.platform().orElse(null);
                if (platform == null) {
                    PlatformImage image =
                            load(source, entry, source.content().read(entry, ContentStore.MAX_MANIFEST_BYTES), null);
                    loaders.putIfAbsent(image.platform(), () -> image);
                } else if (!platform.isUnknown()) {
                    loaders.putIfAbsent(
                            platform,
                            () -> load(
                                    source,
                                    entry,
                                    source.content().read(entry, ContentStore.MAX_MANIFEST_BYTES),
                                    platform));
                }
            }
        }
    }

    private PlatformImage load(ImageSource source, Descriptor descriptor, byte[] raw, Platform listed)
            throws ImageReadException {
        Manifest manifest = Manifest.parse(descriptor, raw);
        byte[] configBytes = source.content().read(manifest.config(), ContentStore.MAX_CONFIG_BYTES);
        ImageConfig config = ImageConfig.parse(manifest.config().digest(), configBytes);
        return new PlatformImage(
                source.reference(), listed != null ? listed : config.platform(), manifest, config, source.content());
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
