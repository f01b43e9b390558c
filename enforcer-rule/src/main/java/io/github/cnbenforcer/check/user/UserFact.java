package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.FactUnavailableException;
import java.util.NoSuchElementException;

/**
 * A value looked up for a check (a UID, a GID, a home directory), or why there is none: the image
 * definitely lacks it (the check is violated) or the facts to decide were unavailable (unverified).
 */
final class UserFact<T> {
    private final T value;
    private final Verdict.Kind kind;
    private final String reason;

    private UserFact(T value, Verdict.Kind kind, String reason) {
        this.value = value;
        this.kind = kind;
        this.reason = reason;
    }

    public static <T> UserFact<T> of(T value) {
        return new UserFact<>(value, Verdict.Kind.SATISFIED, null);
    }

    /** The image definitely has no such value, e.g. the user is not in {@code /etc/passwd}. */
    public static <T> UserFact<T> missing(String reason) {
        return new UserFact<>(null, Verdict.Kind.VIOLATED, reason);
    }

    /** The facts that would decide it could not be read. */
    public static <T> UserFact<T> undecidable(String reason) {
        return new UserFact<>(null, Verdict.Kind.UNVERIFIED, reason);
    }

    /** The facts that would decide it could not be established; see {@link Verdict#unavailable}. */
    public static <T> UserFact<T> unavailable(String prefix, FactUnavailableException cause) {
        return new UserFact<>(null, Verdict.kindOf(cause), prefix + cause.getMessage());
    }

    public boolean isResolved() {
        return kind == Verdict.Kind.SATISFIED;
    }

    public T value() {
        if (!isResolved()) {
            throw new NoSuchElementException("not resolved: " + reason);
        }
        return value;
    }

    /** The same failure, for a value of another type. */
    public <U> UserFact<U> failed() {
        if (isResolved()) {
            throw new IllegalStateException("resolved, not failed");
        }
        return new UserFact<>(null, kind, reason);
    }

    /** The verdict of a check that needed the value: violated or unverified, with the reason. */
    public Verdict failure() {
        return failure("");
    }

    /** As {@link #failure()}, with {@code prefix} before the reason (e.g. "run image: "). */
    public Verdict failure(String prefix) {
        if (isResolved()) {
            throw new IllegalStateException("resolved, not failed");
        }
        return kind == Verdict.Kind.VIOLATED ? Verdict.violated(prefix + reason) : Verdict.unverified(prefix + reason);
    }

    @Override
    public String toString() {
        return isResolved() ? String.valueOf(value) : kind + ": " + reason;
    }
}
