package io.github.cnbenforcer.fs;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The image filesystem as far as the layers read so far (top down) tell it: the topmost entry of
 * every path, and what hides lower layers. A layer's whiteouts and opaque directories only hide what
 * is below that layer, so they take effect when the layer ends.
 */
final class VisibleEntries {
    private static final int MAX_HARD_LINK_HOPS = 40;

    private final Map<String, EntryRecord> entries = new HashMap<>();
    /** Paths removed, with everything below them, from the lower layers. */
    private final Set<String> removed = new HashSet<>();
    /** Directories whose lower-layer content is hidden (opaque, or replaced by a non-directory). */
    private final Set<String> emptied = new HashSet<>();

    private final Set<String> removedByCurrentLayer = new HashSet<>();
    private final Set<String> emptiedByCurrentLayer = new HashSet<>();
    private boolean complete;

    /**
     * Takes in an entry of the layer being read (layers are read top first).
     *
     * @return the record now visible at the entry's path, or {@code null} when a higher layer hides
     *     the entry or the entry is a whiteout
     */
    EntryRecord add(LayerEntry entry, int layer, long ordinal) {
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
        if (isHidden(path)) {
            return null;
        }
        EntryRecord higher = entries.get(path);
        if (higher != null && higher.layer() != layer) {
            settleOrHide(higher, entry);
            return null;
        }
        EntryRecord record = recordOf(entry, layer, ordinal);
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
    }

    /** Every layer has been read: a path not seen does not exist. */
    void markComplete() {
        complete = true;
    }

    /** What is known of {@code path} (absolute, normalised), symlinks not followed; hard links are. */
    EntryLookup lookup(String path) {
        if (ImagePaths.isRoot(path)) {
            EntryRecord root = entries.get(path);
            return EntryLookup.found(root == null ? EntryRecord.defaultRoot() : root, true);
        }
        EntryRecord record = entries.get(path);
        for (int hops = 0; record != null && record.kind() == LayerEntry.Kind.HARD_LINK; hops++) {
            if (hops == MAX_HARD_LINK_HOPS) {
                return EntryLookup.ABSENT;
            }
            path = record.linkTarget();
            record = entries.get(path);
        }
        if (record != null) {
            return EntryLookup.found(record, !record.isImplicit() || complete || isHidden(path));
        }
        if (complete || isHidden(path)) {
            return EntryLookup.ABSENT;
        }
        return EntryLookup.undecided(path);
    }

    private EntryRecord recordOf(LayerEntry entry, int layer, long ordinal) {
        if (entry.kind() == LayerEntry.Kind.HARD_LINK) {
            EntryRecord target = entries.get(entry.linkTarget());
            if (target != null && target.layer() == layer) {
                return target.asHardLinkTarget();
            }
        }
        return EntryRecord.of(entry, layer, ordinal);
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

    /** Whether the layers read so far hide {@code path} in the layer being read and the ones below. */
    private boolean isHidden(String path) {
        if (removed.contains(path)) {
            return true;
        }
        for (String ancestor = path; !ImagePaths.isRoot(ancestor); ) {
            ancestor = ImagePaths.parent(ancestor);
            if (removed.contains(ancestor) || emptied.contains(ancestor)) {
                return true;
            }
            EntryRecord record = entries.get(ancestor);
            if (record != null && !record.isDirectory()) {
                return true;
            }
        }
        return false;
    }
}
