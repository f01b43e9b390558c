package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.reference.ImageRef;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The images of a {@link Stack}, read: what each reference names, by role. */
final class ResolvedStack {
    private final Map<Role, List<ReferencedImage>> images = new EnumMap<>(Role.class);
    private final Map<Role, List<ImageRef>> references = new EnumMap<>(Role.class);
    private final List<Platform> platforms;

    ResolvedStack(List<Platform> platforms) {
        this.platforms = List.copyOf(platforms);
    }

    void add(Role role, ImageRef reference, ReferencedImage image) {
        images.computeIfAbsent(role, key -> new ArrayList<>()).add(image);
        references.computeIfAbsent(role, key -> new ArrayList<>()).add(reference);
    }

    /** Adds every image of {@code other}, a stack read later (the run image a builder names). */
    void addAll(ResolvedStack other) {
        other.images.forEach((role, read) -> {
            for (int i = 0; i < read.size(); i++) {
                add(role, other.references.get(role).get(i), read.get(i));
            }
        });
    }

    /** The build image, when the stack names one beside or instead of a builder. */
    public Optional<ReferencedImage> build() {
        return atMostOne(images, Role.BUILD);
    }

    /** The builder, when the stack names one. */
    public Optional<ReferencedImage> builder() {
        return atMostOne(images, Role.BUILDER);
    }

    public ReferencedImage run() {
        return atMostOne(images, Role.RUN).orElseThrow(ResolvedStack::runImageNotRead);
    }

    /** The reference of the run image: {@code runImage}, or the one the builder names. */
    public ImageRef runReference() {
        return atMostOne(references, Role.RUN).orElseThrow(ResolvedStack::runImageNotRead);
    }

    /** The run image mirrors, in the order given. */
    public List<ReferencedImage> mirrors() {
        return List.copyOf(images.getOrDefault(Role.MIRROR, List.of()));
    }

    /** The run image the new one replaces, when the stack names one. */
    public Optional<ReferencedImage> previous() {
        return atMostOne(images, Role.PREVIOUS);
    }

    /** The {@code platforms} entries; empty for every platform. */
    public List<Platform> platforms() {
        return platforms;
    }

    private static <T> Optional<T> atMostOne(Map<Role, List<T>> byRole, Role role) {
        List<T> ofRole = byRole.getOrDefault(role, List.of());
        if (ofRole.size() > 1) {
            throw new IllegalStateException("a stack has one " + role.description() + ", not " + ofRole.size());
        }
        return ofRole.stream().findFirst();
    }

    private static IllegalStateException runImageNotRead() {
        return new IllegalStateException("a stack is checked once its run image is read");
    }
}
