package io.github.cnbenforcer.source;

import java.time.Duration;

/**
 * The longest the whole rule may take (its {@code deadline} parameter), counted from when the rule
 * starts: every wait of the rule ends by then, and says what it was waiting for when it does not.
 */
public final class Deadline {
    private final Duration length;
    private final long endNanos;

    private Deadline(Duration length, long endNanos) {
        this.length = length;
        this.endNanos = endNanos;
    }

    /** A deadline that ends {@code length} from now. */
    public static Deadline after(Duration length) {
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("a deadline must be positive: " + length);
        }
        return new Deadline(length, System.nanoTime() + length.toNanos());
    }

    /** How long the rule may take in all, as configured. */
    public Duration length() {
        return length;
    }

    /** The time left, zero once passed. */
    public Duration remaining() {
        return Duration.ofNanos(Math.max(0, endNanos - System.nanoTime()));
    }

    public boolean hasPassed() {
        return endNanos - System.nanoTime() <= 0;
    }

    /** The end as a {@link System#nanoTime()} value, for waits that count in nanoseconds. */
    public long endNanos() {
        return endNanos;
    }

    /** {@code the rule's deadline of 300 s (<deadline>)}, for messages. */
    public String describe() {
        return "the rule's deadline of " + length.getSeconds() + " s (<deadline>)";
    }

    @Override
    public String toString() {
        return "Deadline[" + length + ", " + remaining().toMillis() + " ms left]";
    }
}
