package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.PlatformImage;

/** An image that was checked, for the report's {@code images} list. */
public final class EvaluatedImage {
    private final Role role;
    private final PlatformImage image;

    public EvaluatedImage(Role role, PlatformImage image) {
        this.role = role;
        this.image = image;
    }

    public Role role() {
        return role;
    }

    public PlatformImage image() {
        return image;
    }
}
