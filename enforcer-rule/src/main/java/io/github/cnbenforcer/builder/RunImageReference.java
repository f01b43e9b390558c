package io.github.cnbenforcer.builder;

import java.util.List;

/**
 * A run image a builder names, with its mirrors, as written in the label (image references from an
 * image: quote them before showing them).
 */
public final class RunImageReference {
    private final String image;
    private final List<String> mirrors;

    RunImageReference(String image, List<String> mirrors) {
        this.image = image;
        this.mirrors = List.copyOf(mirrors);
    }

    public String image() {
        return image;
    }

    public List<String> mirrors() {
        return mirrors;
    }

    @Override
    public String toString() {
        return mirrors.isEmpty() ? image : image + " (mirrors " + String.join(", ", mirrors) + ")";
    }
}
