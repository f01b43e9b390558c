package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.text.Quote;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The image filesystem as far as the layers read so far (top down) tell it: the topmost entry of
 * every path, and what hides lower layers. A layer's whiteouts and opaque directories only hide what
 * is below that layer, so they take effect when the layer ends. A hard link is the entry its target
 * was in the link's own layer, as a tar holds it, whatever higher layers do at the target's path.
 */
final class VisibleEntries {
    private final ReadBudget budget;
    private final Map<String, EntryRecord> entries = new HashMap<>();
    /** Paths removed, with everything below them, from the lower layers. */
    private final Set<String> removed = new HashSet<>();
    /** Directories whose lower-layer content is hidden (opaque, or replaced by a non-directory). */
    private final Set<String> emptied = new HashSet<>();

    private final Set<String> removedByCurrentLayer = new HashSet<>();
    private final Set<String> emptiedByCurrentLayer = new HashSet<>();
    /** The non-directories of the layer being read that a higher layer hides: its hard links may name them. */
    private final Map<String, EntryRecord> hiddenInCurrentLayer = new HashMap<>();

    private boolean complete;

    /** @param budget where every record kept is counted */
    VisibleEntries(ReadBudget budget) {
        this.budget = budget;
    }

    /**
     * Takes in an entry of the layer being read (layers are read top first).
     *
     * @return the record now visible at the entry's path, or {@code null} when a higher layer hides
     *     the entry or the entry is a whiteout
     * @throws ReadLimitException if remembering the entry goes past the metadata budget
     * @throws IOException if the entry is a hard link whose target is not an earlier entry of its layer
     */
    EntryRecord add(LayerEntry entry, int layer, long ordinal) throws IOException {
        String path = entry.path();
        switch (entry.kind()) {
            case WHITEOUT:
                removedByCurrentLayer.add(path);
                addImplicitDirectories(ImagePaths.parent(path), layer);
                return null;
            case OPAQUE:
                emptiedByCurrentLayer.add(path);
                addImplicitDirectories(path, layer);
                return null;
            default:
                break;
        }
        EntryRecord record = recordOf(entry, layer, ordinal);
        if (isHidden(path)) {
            return hiddenInCurrentLayer(path, record);
        }
        EntryRecord higher = entries.get(path);
        if (higher != null && higher.layer() != layer) {
            settleOrHide(higher, entry);
            return hiddenInCurrentLayer(path, record);
        }
        budget.remember(path);
        entries.put(path, record);
        addImplicitDirectories(ImagePaths.parent(path), layer);
        return record;
    }

    /** Ends the layer being read: its whiteouts and opaque directories now hide the layers below. */
    void endLayer() {
        removed.addAll(removedByCurrentLayer);
        emptied.addAll(emptiedByCurrentLayer);
        removedByCurrentLayer.clear();
        emptiedByCurrentLayer.clear();
        hiddenInCurrentLayer.clear();
    }

    /** Every layer has been read: a path not seen does not exist. */
    void markComplete() {
        complete = true;
    }

    /** What is known of {@code path} (absolute, normalised), symlinks not followed. */
    EntryLookup lookup(String path) {
        if (ImagePaths.isRoot(path)) {
            EntryRecord root = entries.get(path);
            return EntryLookup.found(root == null ? EntryRecord.defaultRoot() : root, true);
        }
        EntryRecord record = entries.get(path);
        if (record != null) {
            return EntryLookup.found(record, !record.isImplicit() || complete || isHidden(path));
        }
        if (complete || isHidden(path)) {
            return EntryLookup.ABSENT;
        }
        return EntryLookup.UNDECIDED;
    }

    /**
     * The record of an entry; for a hard link, its target's record in the same layer: a tar names an
     * earlier entry of the same archive as a hard link's target, and docker and containerd unpack a
     * layer whose hard link names anything else (an entry of a lower layer, or none) with an error.
     */
    private EntryRecord recordOf(LayerEntry entry, int layer, long ordinal) throws IOException {
        if (entry.kind() != LayerEntry.Kind.HARD_LINK) {
            return EntryRecord.of(entry, layer, ordinal);
        }
        EntryRecord target = entries.get(entry.linkTarget());
        if (target == null || target.layer() != layer || target.isDirectory()) {
            target = hiddenInCurrentLayer.get(entry.linkTarget());
        }
        if (target == null) {
            throw new IOException("the hard link " + Quote.of(entry.path()) + " names " + Quote.of(entry.linkTarget())
                    + ", which is not an earlier entry of its layer");
        }
        return target.asHardLinkTarget();
    }

    /** Keeps a hidden non-directory of the layer being read for the hard links after it; nothing is visible. */
    private EntryRecord hiddenInCurrentLayer(String path, EntryRecord record) throws ReadLimitException {
        if (!record.isDirectory()) {
            budget.remember(path);
            hiddenInCurrentLayer.put(path, record);
        }
        return null;
    }

    /** A lower entry at a path a higher layer already decided. */
    private void settleOrHide(EntryRecord higher, LayerEntry lower) {
        if (!higher.isDirectory()) {
            return;
        }
        boolean lowerIsDirectory = lower.kind() == LayerEntry.Kind.DIRECTORY;
        if (!lowerIsDirectory) {
            // The higher directory replaced this non-directory, which replaced any lower directory.
            emptiedByCurrentLayer.add(lower.path());
        }
        if (higher.isImplicit()) {
            higher.settle(lowerIsDirectory ? lower : null);
        }
    }

    /** Records {@code directory} and its parents, where nothing visible is recorded, as implicit directories. */
    private void addImplicitDirectories(String directory, int layer) {
        for (String path = directory;
                !ImagePaths.isRoot(path) && !entries.containsKey(path) && !isHidden(path);
                path = ImagePaths.parent(path)) {
            entries.put(path, EntryRecord.implicitDirectory(layer));
        }
    }

    /**
     * Whether no layer below those read can add an entry directly in {@code directory} (absolute,
     * normalised, symlinks resolved): every layer is read, or one read hides what lower ones hold there.
     */
    boolean isSettledBelow(String directory) {
        return complete || hidesBelow(directory);
    }

    /** The names of the regular files (hard links to them included) directly in {@code directory}, sorted. */
    List<String> filesIn(String directory) {
        List<String> names = new ArrayList<>();
        for (String path : entries.keySet()) {
            if (!ImagePaths.isRoot(path) && ImagePaths.parent(path).equals(directory)) {
                EntryLookup lookup = lookup(path);
                if (lookup.state() == EntryLookup.State.FOUND && lookup.record().kind() == LayerEntry.Kind.FILE) {
                    names.add(ImagePaths.fileName(path));
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** Whether the layers read so far hide {@code path} in the layer being read and the ones below. */
    private boolean isHidden(String path) {
        return removed.contains(path) || (!ImagePaths.isRoot(path) && hidesBelow(ImagePaths.parent(path)));
    }

    /** Whether the layers read so far hide what lower layers hold in {@code directory}. */
    private boolean hidesBelow(String directory) {
        for (String current = directory; ; current = ImagePaths.parent(current)) {
            if (removed.contains(current) || emptied.contains(current)) {
                return true;
            }
            EntryRecord record = entries.get(current);
            if (record != null && !record.isDirectory()) {
                return true;
            }
            if (ImagePaths.isRoot(current)) {
                return false;
            }
        }
    }
}
