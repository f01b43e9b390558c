package io.github.cnbenforcer.fs;

/** What the layers read so far say about one path, symlinks not followed. */
final class EntryLookup {
    enum State {
        FOUND,
        ABSENT,
        /** Only lower layers, not read yet, can tell. */
        UNDECIDED
    }

    static final EntryLookup ABSENT = new EntryLookup(State.ABSENT, null, true, null);

    private final State state;
    private final EntryRecord record;
    private final boolean metadataSettled;
    private final String awaited;

    private EntryLookup(State state, EntryRecord record, boolean metadataSettled, String awaited) {
        this.state = state;
        this.record = record;
        this.metadataSettled = metadataSettled;
        this.awaited = awaited;
    }

    /** Undecided until a lower layer tells what is at {@code awaited}. */
    static EntryLookup undecided(String awaited) {
        return new EntryLookup(State.UNDECIDED, null, false, awaited);
    }

    /**
     * @param metadataSettled whether a lower layer may still give the entry its owner and mode (an
     *     implicit directory)
     */
    static EntryLookup found(EntryRecord record, boolean metadataSettled) {
        return new EntryLookup(State.FOUND, record, metadataSettled, null);
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

    /** For an undecided lookup, the path whose entry lower layers may hold. */
    String awaited() {
        return awaited;
    }
}
