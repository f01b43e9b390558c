package io.github.cnbenforcer.tar;

/** One entry of a tar stream, with GNU long names and PAX records already applied. */
public final class TarHeader {
    static final char REGULAR = '0';
    static final char HARD_LINK = '1';
    static final char SYMLINK = '2';
    static final char DIRECTORY = '5';
    static final char CONTIGUOUS = '7';
    static final char GNU_DUMP_DIRECTORY = 'D';
    static final char GNU_SPARSE = 'S';

    private final String name;
    private final String linkName;
    private final char type;
    private final int mode;
    private final long uid;
    private final long gid;
    private final long size;
    private final boolean sparse;

    TarHeader(String name, String linkName, char type, int mode, long uid, long gid, long size, boolean sparse) {
        this.name = name;
        this.linkName = linkName;
        this.type = type;
        this.mode = mode;
        this.uid = uid;
        this.gid = gid;
        this.size = size;
        this.sparse = sparse;
    }

    public String name() {
        return name;
    }

    public String linkName() {
        return linkName;
    }

    char type() {
        return type;
    }

    /** Permission bits ({@code 07777}). */
    public int mode() {
        return mode & 07777;
    }

    public long uid() {
        return uid;
    }

    public long gid() {
        return gid;
    }

    /** Bytes of data that follow the header (zero for links, directories and devices, as Go reads them). */
    public long size() {
        return size;
    }

    /** Stored as a sparse file: its data is not its content. */
    public boolean isSparse() {
        return sparse;
    }

    public boolean isRegularFile() {
        return type == REGULAR || type == CONTIGUOUS || type == GNU_SPARSE;
    }

    public boolean isDirectory() {
        return type == DIRECTORY || type == GNU_DUMP_DIRECTORY;
    }

    public boolean isSymlink() {
        return type == SYMLINK;
    }

    public boolean isHardLink() {
        return type == HARD_LINK;
    }

    @Override
    public String toString() {
        return type + " " + name + (linkName.isEmpty() ? "" : " -> " + linkName);
    }
}
