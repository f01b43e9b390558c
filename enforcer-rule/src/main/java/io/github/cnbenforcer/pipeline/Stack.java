package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.reference.ImageRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The images a run checks, each with its role, in the order they are read and reported, and the
 * {@code platforms} entries that select what is checked of them. A stack with a builder may leave the
 * run image out: the builder names it ({@link RunImageFromBuilder}).
 */
public final class Stack {
    /** One image of the stack: its role and its reference. */
    public static final class Member {
        private final Role role;
        private final ImageRef reference;

        Member(Role role, ImageRef reference) {
            this.role = role;
            this.reference = reference;
        }

        public Role role() {
            return role;
        }

        public ImageRef reference() {
            return reference;
        }
    }

    /** The images of a stack, as the rule's parameters name them; each may be left out (null or empty). */
    public static final class Images {
        private ImageRef buildImage;
        private ImageRef builderImage;
        private ImageRef runImage;
        private List<ImageRef> runImageMirrors = List.of();
        private ImageRef previousRunImage;

        public Images buildImage(ImageRef value) {
            this.buildImage = value;
            return this;
        }

        public Images builderImage(ImageRef value) {
            this.builderImage = value;
            return this;
        }

        public Images runImage(ImageRef value) {
            this.runImage = value;
            return this;
        }

        public Images runImageMirrors(List<ImageRef> values) {
            this.runImageMirrors = List.copyOf(values);
            return this;
        }

        public Images previousRunImage(ImageRef value) {
            this.previousRunImage = value;
            return this;
        }
    }

    private final List<Member> members;
    private final List<Platform> platforms;

    private Stack(List<Member> members, List<Platform> platforms) {
        this.members = List.copyOf(members);
        this.platforms = List.copyOf(platforms);
    }

    /**
     * @param mirrors references that must be the same image as the run image
     * @param platforms the {@code platforms} entries; empty for every platform
     */
    public static Stack of(ImageRef build, ImageRef run, List<ImageRef> mirrors, List<Platform> platforms) {
        return of(new Images().buildImage(build).runImage(run).runImageMirrors(mirrors), platforms);
    }

    /**
     * The stack the images name: a build image or a builder (or both), a run image unless the builder
     * names it, and a previous run image for the {@code rebase-*} checks.
     *
     * @param platforms the {@code platforms} entries; empty for every platform
     */
    public static Stack of(Images images, List<Platform> platforms) {
        if (images.buildImage == null && images.builderImage == null) {
            throw new IllegalArgumentException("a stack has a build image or a builder");
        }
        if (images.runImage == null && images.builderImage == null) {
            throw new IllegalArgumentException("a stack without a builder has a run image");
        }
        List<Member> members = new ArrayList<>();
        add(members, Role.BUILD, images.buildImage);
        add(members, Role.BUILDER, images.builderImage);
        add(members, Role.RUN, images.runImage);
        images.runImageMirrors.forEach(mirror -> members.add(new Member(Role.MIRROR, mirror)));
        add(members, Role.PREVIOUS, images.previousRunImage);
        return new Stack(members, platforms);
    }

    private static void add(List<Member> members, Role role, ImageRef reference) {
        if (reference != null) {
            members.add(new Member(role, reference));
        }
    }

    public List<Member> members() {
        return members;
    }

    public List<Platform> platforms() {
        return platforms;
    }

    /** The reference of the only member of a role, if the stack has one. */
    Optional<ImageRef> reference(Role role) {
        return members.stream()
                .filter(member -> member.role() == role)
                .map(Member::reference)
                .findFirst();
    }

    /** Whether the stack names run image mirrors of its own. */
    boolean namesMirrors() {
        return members.stream().anyMatch(member -> member.role() == Role.MIRROR);
    }

    /** A stack of only a run image and its mirrors, with this stack's platforms: the run image a builder names. */
    Stack runImages(ImageRef run, List<ImageRef> mirrors) {
        List<Member> runImages = new ArrayList<>();
        runImages.add(new Member(Role.RUN, run));
        mirrors.forEach(mirror -> runImages.add(new Member(Role.MIRROR, mirror)));
        return new Stack(runImages, platforms);
    }
}
