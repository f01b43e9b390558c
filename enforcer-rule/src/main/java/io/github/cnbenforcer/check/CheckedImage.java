package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;

/** What a check sees of one image: its role, its resolved platform image, and its filesystem facts. */
public final class CheckedImage {
    private final Role role;
    private final PlatformImage image;
    private final ImageFacts facts;

    public CheckedImage(Role role, PlatformImage image, ImageFacts facts) {
        this.role = role;
        this.image = image;
        this.facts = facts;
    }

    public Role role() {
        return role;
    }

    public PlatformImage image() {
        return image;
    }

    public ImageConfig config() {
        return image.config();
    }

    public String reference() {
        return image.reference();
    }

    public Platform platform() {
        return image.platform();
    }

    /** Facts read from the image's filesystem; each may be unavailable (layers not inspected, budget spent). */
    public ImageFacts facts() {
        return facts;
    }

    public boolean isWindows() {
        return "windows".equals(config().os());
    }
}
