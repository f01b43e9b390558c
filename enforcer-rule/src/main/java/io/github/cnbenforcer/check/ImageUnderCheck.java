package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import java.util.Optional;

/**
 * What a check sees of one image: its role, its resolved platform image, its filesystem facts and,
 * for a run image or mirror, the build image it is paired with.
 */
public final class ImageUnderCheck {
    private final Role role;
    private final PlatformImage image;
    private final ImageFacts facts;
    private final ImageUnderCheck pairedBuild;

    public ImageUnderCheck(Role role, PlatformImage image, ImageFacts facts) {
        this(role, image, facts, null);
    }

    /** @param pairedBuild the build image this run image (or mirror) is paired with, or {@code null} */
    public ImageUnderCheck(Role role, PlatformImage image, ImageFacts facts, ImageUnderCheck pairedBuild) {
        this.role = role;
        this.image = image;
        this.facts = facts;
        this.pairedBuild = pairedBuild;
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

    /**
     * For a run image or mirror, the build image it is paired with (a mirror through the run image it
     * matches); empty for a build image, and for a platform that pairs with none.
     */
    public Optional<ImageUnderCheck> pairedBuild() {
        return Optional.ofNullable(pairedBuild);
    }

    public boolean isWindows() {
        return "windows".equals(config().os());
    }
}
