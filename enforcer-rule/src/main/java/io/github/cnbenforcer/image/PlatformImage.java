package io.github.cnbenforcer.image;

import java.io.InputStream;
import java.util.List;

/** One image of one platform, resolved: its manifest and config read, its layers not yet opened. */
public final class PlatformImage {
    /** Reads one platform image on demand. */
    @FunctionalInterface
    public interface Loader {
        PlatformImage load() throws ImageReadException;
    }

    /** Opens a layer as stored (compressed), verified as it is read. */
    @FunctionalInterface
    public interface LayerOpener {
        InputStream open(Descriptor layer) throws ImageReadException;
    }

    private final String reference;
    private final String location;
    private final Platform platform;
    private final Manifest manifest;
    private final ImageConfig config;
    private final LayerOpener opener;

    /**
     * @param location where the image was read from, for messages: "OCI layout /stacks/build", "registry ghcr.io"
     * @param content where the layers come from
     */
    public PlatformImage(
            String reference,
            String location,
            Platform platform,
            Manifest manifest,
            ImageConfig config,
            ImageContent content) {
        this(reference, location, platform, manifest, config, content::open);
    }

    private PlatformImage(
            String reference,
            String location,
            Platform platform,
            Manifest manifest,
            ImageConfig config,
            LayerOpener opener) {
        this.reference = reference;
        this.location = location;
        this.platform = platform;
        this.manifest = manifest;
        this.config = config;
        this.opener = opener;
    }

    public String reference() {
        return reference;
    }

    /** Where the image was read from: "OCI layout /stacks/build", "registry ghcr.io". */
    public String location() {
        return location;
    }

    /** The platform this image was selected for (the index entry's, else the config's). */
    public Platform platform() {
        return platform;
    }

    public Manifest manifest() {
        return manifest;
    }

    public Digest manifestDigest() {
        return manifest.digest();
    }

    public ImageConfig config() {
        return config;
    }

    public Digest configDigest() {
        return config.digest();
    }

    /** Layer descriptors, bottom first. */
    public List<Descriptor> layers() {
        return manifest.layers();
    }

    /** The same image, its layers opened by {@code opener} (one that shares layers between images, say). */
    public PlatformImage withLayers(LayerOpener opener) {
        return new PlatformImage(reference, location, platform, manifest, config, opener);
    }

    /** Opens one of this image's layers as stored (compressed); the caller closes the stream. */
    public InputStream openLayer(Descriptor layer) throws ImageReadException {
        return opener.open(layer);
    }
}
