package io.github.cnbenforcer.source.registry.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    @Test
    void retriesTimeoutsRateLimitsAndServerErrorsOnly() {
        assertThat(RetryPolicy.isRetryable(408)).isTrue();
        assertThat(RetryPolicy.isRetryable(429)).isTrue();
        assertThat(RetryPolicy.isRetryable(500)).isTrue();
        assertThat(RetryPolicy.isRetryable(503)).isTrue();
        assertThat(RetryPolicy.isRetryable(401)).isFalse();
        assertThat(RetryPolicy.isRetryable(404)).isFalse();
    }

    @Test
    void backsOffExponentially() {
        assertThat(RetryPolicy.delayBefore(2, Optional.empty(), NOW)).isEqualTo(Duration.ofMillis(500));
        assertThat(RetryPolicy.delayBefore(3, Optional.empty(), NOW)).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void honoursRetryAfterInSecondsOrAsADate() {
        String inFiveSeconds =
                DateTimeFormatter.RFC_1123_DATE_TIME.format(NOW.plusSeconds(5).atOffset(ZoneOffset.UTC));

        assertThat(RetryPolicy.delayBefore(2, Optional.of("7"), NOW)).isEqualTo(Duration.ofSeconds(7));
        assertThat(RetryPolicy.delayBefore(2, Optional.of(inFiveSeconds), NOW)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void capsLongWaitsAndIgnoresNonsense() {
        assertThat(RetryPolicy.delayBefore(2, Optional.of("86400"), NOW)).isEqualTo(Duration.ofSeconds(10));
        assertThat(RetryPolicy.delayBefore(2, Optional.of("-3"), NOW)).isEqualTo(Duration.ZERO);
        assertThat(RetryPolicy.delayBefore(2, Optional.of("soon"), NOW)).isEqualTo(Duration.ofMillis(500));
    }
}
