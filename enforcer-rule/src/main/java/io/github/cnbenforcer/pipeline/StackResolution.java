package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Reads every image of a stack, and the platform images of it that the run checks, on a small pool
 * of threads: all images at once, then all their platforms at once. Every image that cannot be read
 * is reported, each with its role and reference: "Cannot read the run image ghcr.io/acme/run:jammy:
 * …". Every read ends by the rule's deadline, as every request does.
 */
final class StackResolution {
    /** Threads that read one run's images: enough for a build and run image with a mirror or two. */
    static final int THREADS = 4;

    private final Stack stack;
    private final ImageSources sources;
    private final Consumer<String> activity;
    private final ExecutorService pool;
    private final Set<String> pending = new LinkedHashSet<>();
    private final List<String> errors = new ArrayList<>();
    private ImageReadException firstError;

    private StackResolution(Stack stack, ImageSources sources, Consumer<String> activity, ExecutorService pool) {
        this.stack = stack;
        this.sources = sources;
        this.activity = activity;
        this.pool = pool;
    }

    /** @param activity told what is being read now, for the deadline's message */
    static ResolvedStack resolve(Stack stack, ImageSources sources, Consumer<String> activity)
            throws ImageReadException {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "cnb-enforcer-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            return new StackResolution(stack, sources, activity, pool).resolveAll();
        } finally {
            pool.shutdownNow();
        }
    }

    private ResolvedStack resolveAll() throws ImageReadException {
        List<Task<ReferencedImage>> images = new ArrayList<>();
        for (Stack.Member member : stack.members()) {
            String image = member.role().description() + " " + member.reference();
            images.add(submit(image, () -> sources.resolve(member.reference())));
        }
        ResolvedStack resolved = new ResolvedStack(stack.platforms());
        List<Task<PlatformImage>> platformImages = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            ReferencedImage image = await(images.get(i));
            if (image != null) {
                Stack.Member member = stack.members().get(i);
                resolved.add(member.role(), member.reference(), image);
                for (Platform platform : image.selectedBy(stack.platforms())) {
                    platformImages.add(submit(images.get(i).what + " (" + platform + ")", () -> image.image(platform)));
                }
            }
        }
        platformImages.forEach(this::await);
        if (firstError != null) {
            throw new ImageReadException(String.join("; ", errors), firstError);
        }
        return resolved;
    }

    private <T> Task<T> submit(String what, Callable<T> read) {
        synchronized (pending) {
            pending.add(what);
            activity.accept("reading the " + String.join(", the ", pending));
        }
        return new Task<>(what, pool.submit(() -> {
            try {
                return read.call();
            } finally {
                done(what);
            }
        }));
    }

    private void done(String what) {
        synchronized (pending) {
            pending.remove(what);
            if (!pending.isEmpty()) {
                activity.accept("reading the " + String.join(", the ", pending));
            }
        }
    }

    /** What the task read; {@code null} if it could not, and its error is noted. */
    private <T> T await(Task<T> task) {
        try {
            return task.future.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ImageReadException) {
                noteError(task.what, (ImageReadException) cause);
                return null;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw cause instanceof RuntimeException
                    ? (RuntimeException) cause
                    : new IllegalStateException("reading the " + task.what + " failed: " + cause, cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            noteError(task.what, new ImageReadException("the build was interrupted"));
            return null;
        }
    }

    private void noteError(String what, ImageReadException error) {
        errors.add((errors.isEmpty() ? "Cannot read the " : "cannot read the ") + what + ": " + error.getMessage());
        if (firstError == null) {
            firstError = error;
        }
    }

    /** A read under way, and what it reads: "run image ghcr.io/acme/run:jammy (linux/arm64)". */
    private static final class Task<T> {
        final String what;
        final Future<T> future;

        Task(String what, Future<T> future) {
            this.what = what;
            this.future = future;
        }
    }
}
