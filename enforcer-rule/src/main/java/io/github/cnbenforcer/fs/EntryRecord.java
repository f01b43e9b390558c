package io.github.cnbenforcer.fs;

/**
 * What is remembered of one visible entry: its metadata, where it was read (so that its content can
 * be read again without a search), and its content when a question needed it. Metadata only is kept
 * for every other entry, so that later questions about scanned layers need no second read.
 */
final class EntryRecord {

    private final LayerEntry.Kind kind;
    private final String linkTarget;
    private long uid;
    private long gid;
    private int mode;
    private final int layer;
    private final long ordinal;
    private final long size;
    private final boolean sparse;
    private boolean implicit;
    private byte[] content;

    private EntryRecord(
            LayerEntry.Kind kind,
            String linkTarget,
            long uid,
            long gid,
            int mode,
            int layer,
            long ordinal,
            long size,
            boolean sparse,
            boolean implicit) {
        this.kind = kind;
        this.linkTarget = linkTarget;
        this.uid = uid;
        this.gid = gid;
        this.mode = mode;
        this.layer = layer;
        this.ordinal = ordinal;
        this.size = size;
        this.sparse = sparse;
        this.implicit = implicit;
    }

    /** The record of an entry read as the {@code ordinal}-th entry (from 1) of layer {@code layer}. */
    static EntryRecord of(LayerEntry entry, int layer, long ordinal) {
        return new EntryRecord(
                entry.kind(),
                entry.linkTarget(),
                entry.uid(),
                entry.gid(),
                entry.mode(),
                layer,
                ordinal,
                entry.size(),
                entry.isSparse(),
                false);
    }

    /** The root directory of an image whose layers never list {@code ./}. */
    static EntryRecord defaultRoot() {
        return new EntryRecord(LayerEntry.Kind.DIRECTORY, null, 0, 0, 0755, -1, -1, 0, false, false);
    }

    /**
     * A directory that a layer holds entries in without listing it: it exists, but its owner and mode
     * come from a lower layer that lists it, if any.
     */
    static EntryRecord implicitDirectory(int layer) {
        return new EntryRecord(LayerEntry.Kind.DIRECTORY, null, 0, 0, 0755, layer, -1, 0, false, true);
    }

    /** A hard link: the target's metadata and content, read where the target was. */
    EntryRecord asHardLinkTarget() {
        EntryRecord copy = new EntryRecord(kind, linkTarget, uid, gid, mode, layer, ordinal, size, sparse, implicit);
        copy.content = content;
        return copy;
    }

    /**
     * Gives an implicit directory the metadata of the directory a lower layer lists, or keeps the
     * defaults ({@code null}) when a lower layer has a non-directory there.
     */
    void settle(LayerEntry lowerDirectory) {
        if (lowerDirectory != null) {
            uid = lowerDirectory.uid();
            gid = lowerDirectory.gid();
            mode = lowerDirectory.mode();
        }
        implicit = false;
    }

    LayerEntry.Kind kind() {
        return kind;
    }

    boolean isDirectory() {
        return kind == LayerEntry.Kind.DIRECTORY;
    }

    String linkTarget() {
        return linkTarget;
    }

    long uid() {
        return uid;
    }

    long gid() {
        return gid;
    }

    int mode() {
        return mode;
    }

    /** Index of the layer, counted from the top (0), that the entry was read from. */
    int layer() {
        return layer;
    }

    /** Position of the entry in its layer, from 1. */
    long ordinal() {
        return ordinal;
    }

    long size() {
        return size;
    }

    boolean isSparse() {
        return sparse;
    }

    boolean isImplicit() {
        return implicit;
    }

    byte[] content() {
        return content;
    }

    void keepContent(byte[] bytes) {
        this.content = bytes;
    }
}
