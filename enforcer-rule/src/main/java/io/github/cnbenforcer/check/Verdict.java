package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.fs.UnopenablePathException;
import java.util.List;
import java.util.Objects;

/**
 * What a check decided for one image (or pair) and platform, with a one-line reason and, where the
 * reason names only the first few of many, every item in {@link #details()}. What that means for the
 * build (its level, {@code strict}) is decided later, in one place.
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
    private final List<String> details;

    private Verdict(Kind kind, String message, List<String> details) {
        this.kind = kind;
        this.message = Objects.requireNonNull(message);
        this.details = List.copyOf(details);
    }

    public static Verdict satisfied(String message) {
        return new Verdict(Kind.SATISFIED, message, List.of());
    }

    public static Verdict violated(String message) {
        return new Verdict(Kind.VIOLATED, message, List.of());
    }

    /** The check could not be decided, e.g. the facts it needs are in layers that were not read. */
    public static Verdict unverified(String message) {
        return new Verdict(Kind.UNVERIFIED, message, List.of());
    }

    /**
     * The verdict of a check whose facts could not be established: violated when the image holds a
     * path its own OS could not open either ({@link UnopenablePathException}), else unverified.
     */
    public static Verdict unavailable(String prefix, FactUnavailableException cause) {
        return new Verdict(kindOf(cause), prefix + cause.getMessage(), List.of());
    }

    /** {@link Kind#VIOLATED} for a path the image's own OS could not open, else {@link Kind#UNVERIFIED}. */
    public static Kind kindOf(FactUnavailableException cause) {
        return cause instanceof UnopenablePathException ? Kind.VIOLATED : Kind.UNVERIFIED;
    }

    /** The same verdict, listing every item its message counts (one line each, for the reports). */
    public Verdict withDetails(List<String> items) {
        return new Verdict(kind, message, items);
    }

    public Kind kind() {
        return kind;
    }

    public String message() {
        return message;
    }

    /** Every item the message counts or names the first few of; empty for most verdicts. */
    public List<String> details() {
        return details;
    }

    @Override
    public String toString() {
        return kind + ": " + message;
    }
}
