package io.github.cnbenforcer.outcome;

import java.util.Locale;

/** A finding's status, as the report and the log name it. */
public enum Status {
    PASS,
    FAIL,
    WARN,
    UNVERIFIED,
    SUPPRESSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
