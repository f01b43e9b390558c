package io.github.cnbenforcer.builder;

import io.github.cnbenforcer.reference.RegistryReference;
import java.util.Optional;

/**
 * Whether a run image reference names the same image as a name a builder's metadata holds: the same
 * registry and repository (names normalised as Docker normalises them), and the same digest where both
 * pin one, else the same tag ({@code latest} when neither tag nor digest is written). A digest on one
 * side against a tag on the other matches by the repository alone: the rule does not resolve the tag.
 */
public enum ReferenceMatch {
    /** The same repository and the same digest or tag. */
    SAME,
    /** The same repository; one side pins a digest, the other names a tag. */
    SAME_REPOSITORY,
    /** Another image, or a name that is not a registry reference. */
    OTHER;

    public static ReferenceMatch of(RegistryReference wanted, String named) {
        RegistryReference other;
        try {
            other = RegistryReference.parse(named);
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
        if (!wanted.registry().equals(other.registry()) || !wanted.repository().equals(other.repository())) {
            return OTHER;
        }
        if (wanted.digest().isPresent() && other.digest().isPresent()) {
            return wanted.digest().equals(other.digest()) ? SAME : OTHER;
        }
        Optional<String> wantedTag = effectiveTag(wanted);
        Optional<String> otherTag = effectiveTag(other);
        if (wantedTag.isPresent() && otherTag.isPresent()) {
            return wantedTag.equals(otherTag) ? SAME : OTHER;
        }
        return SAME_REPOSITORY;
    }

    /**
     * The registry reference a local image's name stands for (an OCI layout's ref name, a docker
     * archive's {@code REPO:TAG}), when the name says its registry ({@code registry.example.com/stacks/run:jammy},
     * {@code localhost:5000/run}); empty for a short name such as {@code jammy}, which names no image
     * a builder could.
     */
    public static Optional<RegistryReference> publishedName(String localName) {
        int slash = localName.indexOf('/');
        String first = slash < 0 ? "" : localName.substring(0, slash);
        if (!first.contains(".") && !first.contains(":") && !first.equals("localhost")) {
            return Optional.empty();
        }
        try {
            return Optional.of(RegistryReference.parse(localName));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The tag, {@code latest} for a reference with neither tag nor digest; empty for one with only a digest. */
    private static Optional<String> effectiveTag(RegistryReference reference) {
        return reference.tag().or(() -> reference.digest().isPresent() ? Optional.empty() : Optional.of("latest"));
    }
}
