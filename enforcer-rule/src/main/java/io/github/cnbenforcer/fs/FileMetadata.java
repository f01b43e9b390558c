package io.github.cnbenforcer.fs;

/** Type, owner and permission bits of one filesystem entry. */
public final class FileMetadata {
    /** The kinds of entry a check cares about. */
    public enum Type {
        FILE,
        DIRECTORY,
        SYMLINK,
        OTHER
    }

    private final String path;
    private final Type type;
    private final long uid;
    private final long gid;
    private final int mode;

    public FileMetadata(String path, Type type, long uid, long gid, int mode) {
        this.path = path;
        this.type = type;
        this.uid = uid;
        this.gid = gid;
        this.mode = mode;
    }

    /** The path the entry was found at, after symlinks. */
    public String path() {
        return path;
    }

    public Type type() {
        return type;
    }

    public long uid() {
        return uid;
    }

    public long gid() {
        return gid;
    }

    /** Permission bits, e.g. {@code 0755}. */
    public int mode() {
        return mode & 07777;
    }

    public boolean isDirectory() {
        return type == Type.DIRECTORY;
    }

    @Override
    public String toString() {
        return path + " (" + type.name().toLowerCase(java.util.Locale.ROOT) + ", owner " + uid + ":" + gid + ", mode "
                + String.format("%04o", mode()) + ")";
    }
}
