package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.PlatformImage;

/** A platform image the run read and checked, with its role: the report's {@code images} list. */
public final class ReportedImage {
    private final Role role;
    private final PlatformImage image;

    public ReportedImage(Role role, PlatformImage image) {
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
