package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import java.util.Objects;

/** What a finding is about: an image (or the build and run pair) by its role and reference, and a platform. */
public final class Subject {
    private final Role role;
    private final String reference;
    private final Platform platform;

    public Subject(Role role, String reference, Platform platform) {
        this.role = role;
        this.reference = reference;
        this.platform = platform;
    }

    public Role role() {
        return role;
    }

    /** The image's reference ({@code build + run} for a pair). */
    public String reference() {
        return reference;
    }

    public Platform platform() {
        return platform;
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Subject)) {
            return false;
        }
        Subject that = (Subject) other;
        return role == that.role && reference.equals(that.reference) && platform.equals(that.platform);
    }

    @Override
    public int hashCode() {
        return Objects.hash(role, reference, platform);
    }

    /** {@code role  reference  platform}, as the log and the failure message show it. */
    @Override
    public String toString() {
        return role.label() + "  " + reference + "  " + platform;
    }
}
