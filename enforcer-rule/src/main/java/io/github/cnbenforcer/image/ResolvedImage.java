package io.github.cnbenforcer.image;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An image reference resolved to the platform images it offers. For an index the platform images
 * are read on first use, so that platforms nobody asks for cost nothing.
 */
public final class ResolvedImage {
    private final String reference;
    private final String location;
    private final Descriptor root;
    private final boolean index;
    private final Map<Platform, PlatformLoader> loaders;
    private final Map<Platform, PlatformImage> loaded = new LinkedHashMap<>();

    /** Reads one platform image on demand. */
    @FunctionalInterface
    interface PlatformLoader {
        PlatformImage load() throws ImageReadException;
    }

    ResolvedImage(
            String reference, String location, Descriptor root, boolean index, Map<Platform, PlatformLoader> loaders) {
        this.reference = reference;
        this.location = location;
        this.root = root;
        this.index = index;
        this.loaders = loaders;
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

    /** The image of an offered platform (one of {@link #platforms()}). */
    public synchronized PlatformImage image(Platform platform) throws ImageReadException {
        PlatformImage image = loaded.get(platform);
        if (image == null) {
            PlatformLoader loader = loaders.get(platform);
            if (loader == null) {
                throw new IllegalArgumentException(reference + " offers no platform " + platform);
            }
            image = loader.load();
            loaded.put(platform, image);
        }
        return image;
    }
}
