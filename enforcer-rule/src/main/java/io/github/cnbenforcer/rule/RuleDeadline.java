package io.github.cnbenforcer.rule;

import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.StatusPolicy;
import io.github.cnbenforcer.source.Deadline;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The last guard of the rule's {@code deadline}. Every request of the rule already ends by the
 * deadline with an error that names what it waited for; this runs the whole evaluation on a worker
 * thread and, if it is still busy shortly after the deadline (a read that no timeout covers: a
 * stalled file system, a pipe named as an archive), fails the build with what it was doing, and
 * leaves the worker behind, interrupted.
 *
 * <p>The worker runs in a thread group of its own, and every thread started on its behalf joins it
 * (the pool that reads the images, the JDK HTTP client's selector thread). When the run ends, the
 * group is interrupted: nothing the run started keeps going, and the HTTP client's selector thread,
 * which sits in native code until its client is collected, no longer holds the JVM's exit (a JVM
 * waits up to 300 ms for such threads).
 */
final class RuleDeadline {
    /** Time after the deadline for the worker to report the precise error itself. */
    static final Duration GRACE = Duration.ofSeconds(2);

    private final Deadline deadline;
    private final StatusPolicy policy;
    private volatile String activity = "starting";

    /** @param policy the policy of the run, which the outcome of a run out of time records */
    RuleDeadline(Deadline deadline, StatusPolicy policy) {
        this.deadline = deadline;
        this.policy = policy;
    }

    /** Says what the rule is doing now, e.g. "reading the run image ghcr.io/acme/run:jammy". */
    void doing(String what) {
        activity = what;
    }

    /** The outcome of {@code evaluation}, or a failed one if it does not end by the deadline. */
    Outcome run(Callable<Outcome> evaluation) {
        FutureTask<Outcome> task = new FutureTask<>(evaluation);
        ThreadGroup threads = new ThreadGroup("cnb-enforcer");
        Thread worker = new Thread(threads, task, "cnb-enforcer-rule");
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(deadline.remaining().plus(GRACE).toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            worker.interrupt();
            return Outcome.failed(
                    deadline.describe() + " passed while " + activity
                            + ": raise <deadline>, or find out why this takes so long",
                    policy);
        } catch (InterruptedException e) {
            worker.interrupt();
            Thread.currentThread().interrupt();
            return Outcome.failed("the build was interrupted while " + activity, policy);
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } finally {
            threads.interrupt();
        }
    }

    private static RuntimeException unchecked(Throwable failure) {
        if (failure instanceof Error) {
            throw (Error) failure;
        }
        return failure instanceof RuntimeException
                ? (RuntimeException) failure
                : new IllegalStateException("the rule failed: " + failure, failure);
    }
}
