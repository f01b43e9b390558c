package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.reference.ImageRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The images a run checks, each with its role, in the order they are read and reported, and the
 * {@code platforms} entries that select what is checked of them.
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
        List<Member> members = new ArrayList<>();
        members.add(new Member(Role.BUILD, build));
        members.add(new Member(Role.RUN, run));
        mirrors.forEach(mirror -> members.add(new Member(Role.MIRROR, mirror)));
        return new Stack(members, platforms);
    }

    public List<Member> members() {
        return members;
    }

    public List<Platform> platforms() {
        return platforms;
    }
}
