package io.github.cnbenforcer.check;

import java.util.Objects;

/** What a check decided for one image (or pair) and platform, with a one-line reason. */
public final class Verdict {
    /** The outcome of a check, before its level and {@code strict} give it a consequence. */
    public enum Outcome {
        SATISFIED,
        VIOLATED,
        UNVERIFIED
    }

    private final Outcome outcome;
    private final String message;

    private Verdict(Outcome outcome, String message) {
        this.outcome = outcome;
        this.message = Objects.requireNonNull(message);
    }

    public static Verdict satisfied(String message) {
        return new Verdict(Outcome.SATISFIED, message);
    }

    public static Verdict violated(String message) {
        return new Verdict(Outcome.VIOLATED, message);
    }

    /** The check could not be decided, e.g. the facts it needs are in layers that were not read. */
    public static Verdict unverified(String message) {
        return new Verdict(Outcome.UNVERIFIED, message);
    }

    public Outcome outcome() {
        return outcome;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return outcome + ": " + message;
    }
}
