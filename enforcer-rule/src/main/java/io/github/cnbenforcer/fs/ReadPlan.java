package io.github.cnbenforcer.fs;

import java.util.HashSet;
import java.util.Set;

/**
 * What reading a layer waits for: the entries that can decide an open question (after each of them
 * the questions are looked at again), and the files whose content to keep when they pass by.
 */
final class ReadPlan {
    private final Set<String> watched = new HashSet<>();
    private final Set<String> contentWanted = new HashSet<>();
    private boolean done = true;

    /** Notes a question the layers read so far leave undecided. */
    void waitFor(PathQuestion question, PathResolution undecided) {
        if (question.isRequired()) {
            done = false;
            watched.add(undecided.awaited());
            watched.add(undecided.expected());
        }
        if (question.needsContent()) {
            contentWanted.add(undecided.awaited());
            contentWanted.add(undecided.expected());
        }
    }

    /** Whether every required question is decided. */
    boolean isDone() {
        return done;
    }

    boolean watches(String path) {
        return watched.contains(path);
    }

    boolean keepsContentOf(String path) {
        return contentWanted.contains(path);
    }
}
