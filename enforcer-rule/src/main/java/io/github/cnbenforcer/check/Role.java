package io.github.cnbenforcer.check;

import java.util.Locale;

/** Which image a finding is about: the build image, the run image, or the two as a pair. */
public enum Role {
    BUILD,
    RUN,
    PAIR;

    /** The lower-case name used in logs and the report. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
