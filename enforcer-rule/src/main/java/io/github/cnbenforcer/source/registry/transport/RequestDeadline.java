package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.source.Deadline;
import java.time.Duration;

/**
 * The time one request may take, headers and body together: the timeout, plus one second per
 * {@value #MIN_BYTES_PER_SECOND} bytes (64 KiB) of the largest answer expected (a manifest's size
 * limit, a blob's descriptor size, or a smaller {@code Content-Length}), so that a registry sending
 * slower than 64 KiB/s is stopped; and never later than the rule's deadline.
 */
final class RequestDeadline {
    static final long MIN_BYTES_PER_SECOND = 64 * 1024;

    private final Duration timeout;
    private final Deadline rule;
    private final long startNanos;
    private volatile long expectedBytes;

    private RequestDeadline(Duration timeout, long expectedBytes, Deadline rule) {
        this.timeout = timeout;
        this.expectedBytes = Math.max(0, expectedBytes);
        this.rule = rule;
        this.startNanos = System.nanoTime();
    }

    /** Starts the clock of a request whose answer is expected to be at most {@code expectedBytes}. */
    static RequestDeadline start(Duration timeout, long expectedBytes, Deadline rule) {
        return new RequestDeadline(timeout, expectedBytes, rule);
    }

    /** The answer declared its length: a shorter one must arrive sooner. */
    void declared(long contentLength) {
        if (contentLength >= 0 && contentLength < expectedBytes) {
            expectedBytes = contentLength;
        }
    }

    /** The request's own limit: timeout plus one second per 64 KiB expected. */
    Duration allowed() {
        long transferSeconds = (expectedBytes + MIN_BYTES_PER_SECOND - 1) / MIN_BYTES_PER_SECOND;
        return timeout.plusSeconds(transferSeconds);
    }

    /** When the request must be done, as a {@link System#nanoTime()} value. */
    long endNanos() {
        long own = startNanos + allowed().toNanos();
        return own - rule.endNanos() < 0 ? own : rule.endNanos();
    }

    boolean hasPassed() {
        return System.nanoTime() - endNanos() >= 0;
    }

    /** How long a wait that would last {@code wanted} may last without passing this deadline. */
    Duration capped(Duration wanted) {
        Duration left = Duration.ofNanos(Math.max(0, endNanos() - System.nanoTime()));
        return wanted.compareTo(left) < 0 ? wanted : left;
    }

    boolean ruleDeadlinePassed() {
        return rule.hasPassed();
    }

    /** The error for a request that ran out of time: the rule's deadline, or its own. */
    TransferTimeoutException passed(String host, String request) {
        if (rule.hasPassed()) {
            return TransferTimeoutException.ruleDeadline(rule, host, request);
        }
        return new TransferTimeoutException(
                TransferTimeoutException.Kind.TOO_SLOW,
                host,
                request,
                allowed(),
                "the timeout of " + timeout.getSeconds() + " s plus 1 s per 64 KiB of the " + expectedBytes
                        + " bytes expected: less than 64 KiB/s");
    }
}
