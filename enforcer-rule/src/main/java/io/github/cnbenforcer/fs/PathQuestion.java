package io.github.cnbenforcer.fs;

/**
 * A path a fact needs: its entry, its content (up to a size), or the regular files directly in it
 * (a directory listing, which only the bottom layer, or a layer that hides what lies below the
 * directory, can settle).
 */
final class PathQuestion {
    private final String path;
    private final int contentBytes;
    private final boolean required;
    private final boolean listing;

    private PathQuestion(String path, int contentBytes, boolean required, boolean listing) {
        this.path = path;
        this.contentBytes = contentBytes;
        this.required = required;
        this.listing = listing;
    }

    /** The entry at {@code path}; layers are read until it is decided. */
    static PathQuestion entry(String path) {
        return new PathQuestion(path, 0, true, false);
    }

    /** The file at {@code path} and its content, if it has at most {@code maxBytes}; read until decided. */
    static PathQuestion content(String path, int maxBytes) {
        return new PathQuestion(path, maxBytes, true, false);
    }

    /** The content of {@code path}, kept if the layers read for other questions hold it; never read for. */
    static PathQuestion contentIfSeen(String path, int maxBytes) {
        return new PathQuestion(path, maxBytes, false, false);
    }

    /** The regular files directly in the directory at {@code path}; read until no lower layer can add one. */
    static PathQuestion listing(String path) {
        return new PathQuestion(path, 0, true, true);
    }

    /**
     * The content of each regular file directly in the directory at {@code path}, kept if the layers
     * read for other questions hold it; never read for.
     */
    static PathQuestion filesIfSeen(String path, int maxBytes) {
        return new PathQuestion(path, maxBytes, false, true);
    }

    String path() {
        return path;
    }

    /** The largest content kept for the question; 0 when it needs no content. */
    int contentBytes() {
        return contentBytes;
    }

    boolean isRequired() {
        return required;
    }

    /** Whether the question is about the files directly in the directory at {@link #path()}. */
    boolean isListing() {
        return listing;
    }
}
