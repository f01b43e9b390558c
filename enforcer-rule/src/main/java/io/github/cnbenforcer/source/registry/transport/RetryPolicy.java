package io.github.cnbenforcer.source.registry.transport;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When to try a request again: up to {@value #MAX_TRIES} tries on connection errors, 408, 429 and 5xx,
 * with exponential backoff, or the server's {@code Retry-After} capped at {@link #MAX_WAIT}.
 */
public final class RetryPolicy {
    public static final int MAX_TRIES = 3;
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    private static final Duration FIRST_BACKOFF = Duration.ofMillis(500);

    private RetryPolicy() {}

    public static boolean isRetryable(int status) {
        return status == 408 || status == 429 || (status >= 500 && status <= 599);
    }

    /**
     * How long to wait before try number {@code nextTry} (2 or 3).
     *
     * @param retryAfter the {@code Retry-After} header: seconds or an HTTP date
     */
    public static Duration delayBefore(int nextTry, Optional<String> retryAfter, Instant now) {
        Duration backoff = FIRST_BACKOFF.multipliedBy(1L << Math.max(0, nextTry - 2));
        Duration wait = retryAfter.flatMap(value -> parseRetryAfter(value, now)).orElse(backoff);
        if (wait.isNegative()) {
            return Duration.ZERO;
        }
        return wait.compareTo(MAX_WAIT) > 0 ? MAX_WAIT : wait;
    }

    private static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String trimmed = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        } catch (NumberFormatException e) {
            // not seconds: an HTTP date, below
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            return Optional.of(Duration.between(now, at));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
