package io.github.cnbenforcer.source.registry.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that fails when no byte arrives for the read timeout. {@code HttpClient} only
 * times out until the headers arrive; a body that stalls would otherwise block forever. A watchdog
 * closes the stream, which wakes the blocked read.
 */
final class IdleTimeoutInputStream extends FilterInputStream {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cnb-enforcer-read-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;
    private final String host;
    private final ScheduledFuture<?> check;
    private volatile long lastProgressNanos = System.nanoTime();
    private volatile boolean timedOut;
    private volatile boolean closed;

    IdleTimeoutInputStream(InputStream body, Duration timeout, String host) {
        super(body);
        this.timeout = timeout;
        this.host = host;
        long period = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
        this.check = WATCHDOG.scheduleAtFixedRate(this::closeIfIdle, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public int read() throws IOException {
        try {
            int value = super.read();
            if (timedOut) {
                throw timeoutException();
            }
            progress();
            return value;
        } catch (IOException e) {
            throw timedOut ? timeoutException() : e;
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            int count = super.read(buffer, offset, length);
            if (timedOut) {
                throw timeoutException();
            }
            progress();
            return count;
        } catch (IOException e) {
            throw timedOut ? timeoutException() : e;
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        check.cancel(false);
        super.close();
    }

    private void progress() {
        lastProgressNanos = System.nanoTime();
    }

    private void closeIfIdle() {
        if (closed || System.nanoTime() - lastProgressNanos < timeout.toNanos()) {
            return;
        }
        timedOut = true;
        check.cancel(false);
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees the timeout either way
        }
    }

    private HttpTimeoutException timeoutException() {
        return new HttpTimeoutException(host + " sent no data for " + timeout.getSeconds() + " s");
    }
}
