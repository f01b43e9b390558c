package io.github.cnbenforcer.outcome;

/** What a finding does to the build. */
public enum Effect {
    /** Nothing: it passed, or it is suppressed. */
    NONE,
    /** It is logged as a warning; the build goes on. */
    WARNING,
    /** It fails the build. */
    FAILURE
}
