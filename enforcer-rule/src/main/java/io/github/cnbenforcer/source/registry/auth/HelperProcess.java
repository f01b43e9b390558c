package io.github.cnbenforcer.source.registry.auth;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of a helper program: its input written, its output kept (up to a limit, the rest drained),
 * and the program stopped, with whatever it started, when it is no longer waited for.
 */
final class HelperProcess {
    private static final int MAX_OUTPUT_BYTES = 64 * 1024;
    /** How long the output of a program that has ended may take to arrive. */
    private static final Duration OUTPUT_GRACE = Duration.ofSeconds(1);

    private final Process process;
    private final Collector stdout;
    private final Collector stderr;

    private HelperProcess(Process process) {
        this.process = process;
        this.stdout = Collector.start(process.getInputStream(), "stdout");
        this.stderr = Collector.start(process.getErrorStream(), "stderr");
    }

    /**
     * Starts {@code command} with exactly {@code environment}, writes {@code input} to it and closes its
     * standard input.
     */
    static HelperProcess start(List<String> command, Map<String, String> environment, String input) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        HelperProcess run = new HelperProcess(builder.start());
        try (OutputStream in = run.process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // The program did not read its input: its exit status and output tell what happened.
        }
        return run;
    }

    /** Whether the program ended within {@code timeout}. */
    boolean waitFor(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Kills the program and what it started if they still run, and waits briefly for their output. */
    void stop() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            // Only then: destroying a Process also closes its streams, losing output not yet read.
            process.destroyForcibly();
            process.waitFor(OUTPUT_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        }
        stdout.join(OUTPUT_GRACE);
        stderr.join(OUTPUT_GRACE);
    }

    int exitCode() {
        return process.exitValue();
    }

    /** Standard output, at most {@value #MAX_OUTPUT_BYTES} bytes of it; read after {@link #stop()}. */
    byte[] stdout() {
        return stdout.bytes();
    }

    /** Whether standard output or standard error holds {@code text}, ignoring case. */
    boolean says(String text) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return stdout.text().contains(wanted) || stderr.text().contains(wanted);
    }

    /** Reads one stream of the program on its own thread, so that a full pipe never blocks it. */
    private static final class Collector extends Thread {
        private final InputStream stream;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();

        private Collector(InputStream stream, String name) {
            super("credential helper " + name);
            this.stream = stream;
            setDaemon(true);
        }

        static Collector start(InputStream stream, String name) {
            Collector collector = new Collector(stream, name);
            collector.start();
            return collector;
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (InputStream in = stream) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    keep(buffer, Math.min(read, MAX_OUTPUT_BYTES - size()));
                }
            } catch (IOException e) {
                // The program was stopped: what was read is all there is.
            }
        }

        void join(Duration grace) throws InterruptedException {
            join(grace.toMillis());
        }

        synchronized byte[] bytes() {
            return kept.toByteArray();
        }

        synchronized String text() {
            return kept.toString(StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }

        private synchronized int size() {
            return kept.size();
        }

        private synchronized void keep(byte[] buffer, int count) {
            if (count > 0) {
                kept.write(buffer, 0, count);
            }
        }
    }
}
