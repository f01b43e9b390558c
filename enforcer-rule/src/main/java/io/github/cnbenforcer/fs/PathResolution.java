package io.github.cnbenforcer.fs;

/** Where a path leads, symlinks followed, as far as the layers read so far tell. */
final class PathResolution {
    enum State {
        FOUND,
        ABSENT,
        /** A lower layer, not read yet, must tell what is at {@link #awaited()}. */
        UNDECIDED,
        /** More symlinks than the kernel follows. */
        LOOP
    }

    private static final PathResolution ABSENT = new PathResolution(State.ABSENT, null, null, null);
    private static final PathResolution LOOP = new PathResolution(State.LOOP, null, null, null);

    private final State state;
    private final String path;
    private final EntryRecord record;
    private final String expected;

    private PathResolution(State state, String path, EntryRecord record, String expected) {
        this.state = state;
        this.path = path;
        this.record = record;
        this.expected = expected;
    }

    static PathResolution found(String path, EntryRecord record) {
        return new PathResolution(State.FOUND, path, record, null);
    }

    static PathResolution absent() {
        return ABSENT;
    }

    static PathResolution loop() {
        return LOOP;
    }

    /**
     * @param awaited the path whose entry is needed next
     * @param expected where the whole path leads if no further symlink is met
     */
    static PathResolution undecided(String awaited, String expected) {
        return new PathResolution(State.UNDECIDED, awaited, null, expected);
    }

    State state() {
        return state;
    }

    boolean isDecided() {
        return state != State.UNDECIDED;
    }

    /** The path found, symlinks resolved. */
    String path() {
        return path;
    }

    EntryRecord record() {
        return record;
    }

    String awaited() {
        return path;
    }

    String expected() {
        return expected;
    }
}
