package io.github.cnbenforcer.source.registry.transport;

import io.github.cnbenforcer.image.FetchException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A response body that fails when no byte arrives for the timeout, or when its request deadline
 * passes ({@link RequestDeadline}), however slowly the bytes trickle in. {@code HttpClient} only times
 * out until the headers arrive; a watchdog closes the stream, which wakes a blocked read. Every
 * failure is a {@link FetchException}: the connection, not the content, went wrong.
 */
final class TimedBody extends FilterInputStream {
    private static final ScheduledExecutorService WATCHDOG = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "cnb-enforcer-read-timeout");
        thread.setDaemon(true);
        return thread;
    });

    private final Duration timeout;
    private final RequestDeadline deadline;
    private final String host;
    private final String request;
    private final ScheduledFuture<?> check;
    private volatile long lastProgressNanos = System.nanoTime();
    private volatile FetchException stopped;
    private volatile boolean closed;

    /** @param request what was asked, e.g. {@code GET /v2/stacks/run/blobs/sha256:…}, for messages */
    TimedBody(InputStream body, Duration timeout, RequestDeadline deadline, String host, String request) {
        super(body);
        this.timeout = timeout;
        this.deadline = deadline;
        this.host = host;
        this.request = request;
        long period = Math.max(50, Math.min(1000, timeout.toMillis() / 4));
        this.check = WATCHDOG.scheduleAtFixedRate(this::stopIfLate, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public int read() throws IOException {
        try {
            return progressed(super.read());
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        try {
            return progressed(super.read(buffer, offset, length));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    public void close() throws IOException {
        closed = true;
        check.cancel(false);
        super.close();
    }

    private int progressed(int result) throws FetchException {
        if (stopped != null) {
            throw stopped;
        }
        lastProgressNanos = System.nanoTime();
        return result;
    }

    private FetchException failure(IOException e) {
        if (stopped != null) {
            return stopped;
        }
        return e instanceof FetchException
                ? (FetchException) e
                : new FetchException(
                        "the connection to " + host + " broke while it answered " + request + ": " + e.getMessage(), e);
    }

    private void stopIfLate() {
        if (closed) {
            return;
        }
        if (deadline.hasPassed()) {
            stop(deadline.passed(host, request));
        } else if (System.nanoTime() - lastProgressNanos >= timeout.toNanos()) {
            stop(new TransferTimeoutException(TransferTimeoutException.Kind.NO_ANSWER, host, request, timeout, ""));
        }
    }

    private void stop(FetchException why) {
        stopped = why;
        check.cancel(false);
        try {
            in.close();
        } catch (IOException e) {
            // the reader sees why it stopped either way
        }
    }
}
