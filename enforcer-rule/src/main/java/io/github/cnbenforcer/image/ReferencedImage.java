package io.github.cnbenforcer.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What an image reference names: one platform image (a single manifest), or an index of them (a
 * multi-platform image), whose platform images are read on first use, so that platforms nobody asks
 * for cost nothing. Safe for use by several threads.
 */
public final class ReferencedImage {
    private final String reference;
    private final String location;
    private final Descriptor root;
    private final boolean index;
    private final Map<Platform, PlatformImage.Loader> loaders;
    private final Map<Platform, PlatformImage> loaded = new HashMap<>();

    private ReferencedImage(
            String reference,
            String location,
            Descriptor root,
            boolean index,
            Map<Platform, PlatformImage.Loader> loaders) {
        this.reference = reference;
        this.location = location;
        this.root = root;
        this.index = index;
        this.loaders = Collections.unmodifiableMap(new LinkedHashMap<>(loaders));
    }

    /** An index: its platforms, in its order, each read by its loader when first asked for. */
    public static ReferencedImage index(
            String reference, String location, Descriptor root, Map<Platform, PlatformImage.Loader> loaders) {
        return new ReferencedImage(reference, location, root, true, loaders);
    }

    /** A single manifest, already read. */
    public static ReferencedImage single(String reference, String location, Descriptor root, PlatformImage image) {
        return new ReferencedImage(reference, location, root, false, Map.of(image.platform(), () -> image));
    }

    public String reference() {
        return reference;
    }

    public String location() {
        return location;
    }

    /** The manifest or index the reference points at. */
    public Descriptor root() {
        return root;
    }

    /** Whether the reference names an index (a multi-platform image). */
    public boolean isIndex() {
        return index;
    }

    /** The platforms offered, in the order of the index. */
    public List<Platform> platforms() {
        return Collections.unmodifiableList(new ArrayList<>(loaders.keySet()));
    }

    /**
     * The platforms to check, given the rule's {@code platforms} entries: every platform of a single
     * manifest, or without entries; else those of the index that an entry matches.
     */
    public List<Platform> selectedBy(List<Platform> entries) {
        if (entries.isEmpty() || !index) {
            return platforms();
        }
        return platforms().stream()
                .filter(platform -> entries.stream().anyMatch(platform::matches))
                .collect(Collectors.toList());
    }

    /**
     * The image of an offered platform (one of {@link #platforms()}). Platforms load in parallel when
     * several threads ask for different ones; the first image loaded for a platform is kept.
     */
    public PlatformImage image(Platform platform) throws ImageReadException {
        PlatformImage.Loader loader = loaders.get(platform);
        if (loader == null) {
            throw new IllegalArgumentException(reference + " offers no platform " + platform);
        }
        synchronized (loaded) {
            PlatformImage image = loaded.get(platform);
            if (image != null) {
                return image;
            }
        }
        PlatformImage image = loader.load();
        synchronized (loaded) {
            return loaded.computeIfAbsent(platform, key -> image);
        }
    }
}
