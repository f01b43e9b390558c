package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.tar.TarHeader;

/**
 * A tar entry read as a change to the image filesystem: an absolute path and what the layer does
 * there, including OCI whiteouts ({@code .wh.NAME}) and opaque directories ({@code .wh..wh..opq}).
 */
final class LayerEntry {
    /** What an entry does to its path. */
    enum Kind {
        FILE,
        DIRECTORY,
        SYMLINK,
        HARD_LINK,
        OTHER,
        /** Removes the path, and everything below it, from lower layers. */
        WHITEOUT,
        /** Removes everything below the path (a directory) from lower layers. */
        OPAQUE
    }

    private static final String WHITEOUT_PREFIX = ".wh.";
    private static final String OPAQUE_MARKER = ".wh..wh..opq";

    private final String path;
    private final Kind kind;
    private final String linkTarget;
    private final TarHeader header;

    private LayerEntry(String path, Kind kind, String linkTarget, TarHeader header) {
        this.path = path;
        this.kind = kind;
        this.linkTarget = linkTarget;
        this.header = header;
    }

    /**
     * The change a tar entry makes, or {@code null} for an entry that changes nothing inside the image:
     * a name or hard link target that {@code ..} takes outside the root, or AUFS bookkeeping
     * ({@code .wh..wh.*} other than the opaque marker).
     */
    static LayerEntry of(TarHeader header) {
        String path = ImagePaths.ofEntryName(header.name());
        if (path == null) {
            return null;
        }
        String name = ImagePaths.fileName(path);
        if (name.equals(OPAQUE_MARKER)) {
            return new LayerEntry(ImagePaths.parent(path), Kind.OPAQUE, null, header);
        }
        if (name.startsWith(WHITEOUT_PREFIX + WHITEOUT_PREFIX)) {
            return null;
        }
        if (name.startsWith(WHITEOUT_PREFIX)) {
            String removed = name.substring(WHITEOUT_PREFIX.length());
            if (removed.isEmpty() || removed.equals(".") || removed.equals("..")) {
                return null;
            }
            return new LayerEntry(ImagePaths.child(ImagePaths.parent(path), removed), Kind.WHITEOUT, null, header);
        }
        if (header.isHardLink()) {
            String target = ImagePaths.ofEntryName(header.linkName());
            return target == null ? null : new LayerEntry(path, Kind.HARD_LINK, target, header);
        }
        if (header.isSymlink()) {
            return new LayerEntry(path, Kind.SYMLINK, header.linkName(), header);
        }
        if (header.isDirectory()) {
            return new LayerEntry(path, Kind.DIRECTORY, null, header);
        }
        return new LayerEntry(path, header.isRegularFile() ? Kind.FILE : Kind.OTHER, null, header);
    }

    String path() {
        return path;
    }

    Kind kind() {
        return kind;
    }

    /** A symlink's target as written, or a hard link's target as an absolute path. */
    String linkTarget() {
        return linkTarget;
    }

    long uid() {
        return header.uid();
    }

    long gid() {
        return header.gid();
    }

    int mode() {
        return header.mode();
    }

    long size() {
        return header.size();
    }

    boolean isSparse() {
        return header.isSparse();
    }

    @Override
    public String toString() {
        return kind + " " + path + (linkTarget == null ? "" : " -> " + linkTarget);
    }
}
