package io.github.cnbenforcer.check;

import java.util.Objects;

/**
 * What a check decided for one image (or pair) and platform, with a one-line reason. What that means
 * for the build (its level, {@code strict}) is decided later, in one place.
 */
public final class Verdict {
    /** The kinds of decision a check makes. */
    public enum Kind {
        SATISFIED,
        VIOLATED,
        /** The check could not be decided, e.g. the facts it needs are in layers that were not read. */
        UNVERIFIED
    }

    private final Kind kind;
    private final String message;

    private Verdict(Kind kind, String message) {
        this.kind = kind;
        this.message = Objects.requireNonNull(message);
    }

    public static Verdict satisfied(String message) {
        return new Verdict(Kind.SATISFIED, message);
    }

    public static Verdict violated(String message) {
        return new Verdict(Kind.VIOLATED, message);
    }

    /** The check could not be decided, e.g. the facts it needs are in layers that were not read. */
    public static Verdict unverified(String message) {
        return new Verdict(Kind.UNVERIFIED, message);
    }

    public Kind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
