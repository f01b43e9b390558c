package io.github.cnbenforcer.source.registry.transport;

import java.time.Duration;

/** Waits between tries; tests replace it to see the waits without waiting. */
@FunctionalInterface
public interface Sleeper {
    Sleeper REAL = duration -> Thread.sleep(duration.toMillis());

    void sleep(Duration duration) throws InterruptedException;
}
