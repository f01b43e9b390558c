package io.github.cnbenforcer.fs;

/** A path a fact needs: its entry, or also its content. */
final class PathQuestion {
    private final String path;
    private final boolean content;
    private final boolean required;

    private PathQuestion(String path, boolean content, boolean required) {
        this.path = path;
        this.content = content;
        this.required = required;
    }

    /** The entry at {@code path}; layers are read until it is decided. */
    static PathQuestion entry(String path) {
        return new PathQuestion(path, false, true);
    }

    /** The file at {@code path} and its content; layers are read until it is decided. */
    static PathQuestion content(String path) {
        return new PathQuestion(path, true, true);
    }

    /** The content of {@code path}, kept if the layers read for other questions hold it; never read for. */
    static PathQuestion contentIfSeen(String path) {
        return new PathQuestion(path, true, false);
    }

    String path() {
        return path;
    }

    boolean needsContent() {
        return content;
    }

    boolean isRequired() {
        return required;
    }
}
