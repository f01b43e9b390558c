package io.github.cnbenforcer.check;

import java.util.Locale;

/** What a finding does to the build, as the report and the log name it. */
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
