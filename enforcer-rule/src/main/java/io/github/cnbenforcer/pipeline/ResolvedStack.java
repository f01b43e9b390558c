package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The images of a {@link Stack}, read: what each reference names, by role. */
final class ResolvedStack {
    private final Map<Role, List<ReferencedImage>> images = new EnumMap<>(Role.class);
    private final List<Platform> platforms;

    ResolvedStack(List<Platform> platforms) {
        this.platforms = List.copyOf(platforms);
    }

    void add(Role role, ReferencedImage image) {
        images.computeIfAbsent(role, key -> new ArrayList<>()).add(image);
    }

    public ReferencedImage build() {
        return only(Role.BUILD);
    }

    public ReferencedImage run() {
        return only(Role.RUN);
    }

    /** The run image mirrors, in the order given. */
    public List<ReferencedImage> mirrors() {
        return List.copyOf(images.getOrDefault(Role.MIRROR, List.of()));
    }

    /** The {@code platforms} entries; empty for every platform. */
    public List<Platform> platforms() {
        return platforms;
    }

    private ReferencedImage only(Role role) {
        List<ReferencedImage> ofRole = images.getOrDefault(role, List.of());
        if (ofRole.size() != 1) {
            throw new IllegalStateException("a stack has one " + role.description() + ", not " + ofRole.size());
        }
        return ofRole.get(0);
    }
}
