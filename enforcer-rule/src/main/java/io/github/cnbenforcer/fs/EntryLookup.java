package io.github.cnbenforcer.fs;

/** What the layers read so far say about one path, symlinks not followed. */
final class EntryLookup {
    enum State {
        FOUND,
        ABSENT,
        /** Only lower layers, not read yet, can tell. */
        UNDECIDED
    }

    static final EntryLookup ABSENT = new EntryLookup(State.ABSENT, null, true);

    /** Undecided until a lower layer tells what is at the path looked up. */
    static final EntryLookup UNDECIDED = new EntryLookup(State.UNDECIDED, null, false);

    private final State state;
    private final EntryRecord record;
    private final boolean metadataSettled;

    private EntryLookup(State state, EntryRecord record, boolean metadataSettled) {
        this.state = state;
        this.record = record;
        this.metadataSettled = metadataSettled;
    }

    /**
     * @param metadataSettled whether a lower layer may still give the entry its owner and mode (an
     *     implicit directory)
     */
    static EntryLookup found(EntryRecord record, boolean metadataSettled) {
        return new EntryLookup(State.FOUND, record, metadataSettled);
    }

    State state() {
        return state;
    }

    EntryRecord record() {
        return record;
    }

    boolean isMetadataSettled() {
        return metadataSettled;
    }
}
