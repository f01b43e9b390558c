package io.github.cnbenforcer.check;

/** The requirement level of a check, as the specification words it. */
public enum Level {
    /** A violation fails the build. */
    MUST,
    /** A violation is a warning (a failure with {@code strict}). */
    SHOULD
}
