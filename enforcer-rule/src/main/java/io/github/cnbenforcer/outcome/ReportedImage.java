package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.builder.LifecycleDescriptor;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.PlatformImage;
import java.util.Optional;

/**
 * A platform image the run read and checked, with its role, and for a builder the lifecycle it
 * declares: the report's {@code images} list.
 */
public final class ReportedImage {
    private final Role role;
    private final PlatformImage image;
    private final LifecycleDescriptor lifecycle;

    public ReportedImage(Role role, PlatformImage image) {
        this(role, image, null);
    }

    /** @param lifecycle the lifecycle a builder declares; {@code null} for other images */
    public ReportedImage(Role role, PlatformImage image, LifecycleDescriptor lifecycle) {
        this.role = role;
        this.image = image;
        this.lifecycle = lifecycle;
    }

    public Role role() {
        return role;
    }

    public PlatformImage image() {
        return image;
    }

    /** The lifecycle a builder declares; empty for other images, and for a builder whose metadata is unreadable. */
    public Optional<LifecycleDescriptor> lifecycle() {
        return Optional.ofNullable(lifecycle);
    }
}
