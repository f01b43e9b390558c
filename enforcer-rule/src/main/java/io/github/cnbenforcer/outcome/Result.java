package io.github.cnbenforcer.outcome;

import java.util.Locale;

/** The overall result of a run, as the report names it. */
public enum Result {
    PASS,
    WARN,
    FAIL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
