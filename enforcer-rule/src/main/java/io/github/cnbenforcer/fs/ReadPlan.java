package io.github.cnbenforcer.fs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What reading a layer waits for: the entries that can decide an open question (after each of them
 * the questions are looked at again), the listings that only the end of a layer can settle, and the
 * files whose content to keep when they pass by, each up to a size.
 */
final class ReadPlan {
    private final Set<String> watched = new HashSet<>();
    private final Map<String, Integer> contentWanted = new HashMap<>();
    private final Map<String, Integer> filesWanted = new HashMap<>();
    private boolean done = true;

    /** Notes a question the layers read so far leave undecided. */
    void waitFor(PathQuestion question, PathResolution undecided) {
        if (question.isRequired()) {
            done = false;
            watched.add(undecided.awaited());
            watched.add(undecided.expected());
        }
        if (question.contentBytes() > 0 && question.isListing()) {
            keep(filesWanted, undecided.expected(), question.contentBytes());
        } else if (question.contentBytes() > 0) {
            keep(contentWanted, undecided.awaited(), question.contentBytes());
            keep(contentWanted, undecided.expected(), question.contentBytes());
        }
    }

    /** Notes a listing of {@code directory} (found, symlinks resolved) that lower layers may still add to. */
    void waitForListing(PathQuestion question, String directory) {
        if (question.isRequired()) {
            done = false;
        }
        if (question.contentBytes() > 0) {
            keep(filesWanted, directory, question.contentBytes());
        }
    }

    /** Whether every required question is decided. */
    boolean isDone() {
        return done;
    }

    boolean watches(String path) {
        return watched.contains(path);
    }

    /** The largest content of the file at {@code path} to keep when it passes by; 0 for none. */
    int contentLimitOf(String path) {
        return Math.max(contentWanted.getOrDefault(path, 0), filesWanted.getOrDefault(ImagePaths.parent(path), 0));
    }

    private static void keep(Map<String, Integer> wanted, String path, int maxBytes) {
        wanted.merge(path, maxBytes, Math::max);
    }
}
