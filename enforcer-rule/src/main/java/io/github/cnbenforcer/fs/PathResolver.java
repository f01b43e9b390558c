package io.github.cnbenforcer.fs;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Follows a path through the image as the kernel would inside a chroot: symlinks, relative or
 * absolute, in any component; {@code ..} at the root stays at the root, so nothing leads outside the
 * image; more than {@value #MAX_SYMLINKS} symlinks is a loop, as on Linux.
 */
final class PathResolver {
    static final int MAX_SYMLINKS = 40;

    private final VisibleEntries entries;

    PathResolver(VisibleEntries entries) {
        this.entries = entries;
    }

    PathResolution resolve(String absolutePath) {
        Deque<String> remaining = new ArrayDeque<>(ImagePaths.components(absolutePath));
        String current = ImagePaths.ROOT;
        int symlinks = 0;
        while (!remaining.isEmpty()) {
            String component = remaining.pop();
            if (component.equals("..")) {
                current = ImagePaths.parent(current);
                continue;
            }
            String candidate = ImagePaths.child(current, component);
            EntryLookup lookup = entries.lookup(candidate);
            if (lookup.state() == EntryLookup.State.ABSENT) {
                return PathResolution.absent();
            }
            if (lookup.state() == EntryLookup.State.UNDECIDED) {
                return PathResolution.undecided(candidate, expected(candidate, remaining));
            }
            EntryRecord record = lookup.record();
            if (record.kind() == LayerEntry.Kind.SYMLINK) {
                if (++symlinks > MAX_SYMLINKS) {
                    return PathResolution.loop();
                }
                if (record.linkTarget().isEmpty()) {
                    return PathResolution.absent();
                }
                pushFront(remaining, ImagePaths.components(record.linkTarget()));
                if (record.linkTarget().startsWith("/")) {
                    current = ImagePaths.ROOT;
                }
            } else if (remaining.isEmpty()) {
                return finish(candidate, lookup);
            } else if (record.isDirectory()) {
                current = candidate;
            } else {
                return PathResolution.absent();
            }
        }
        return finish(current, entries.lookup(current));
    }

    private static PathResolution finish(String path, EntryLookup lookup) {
        if (lookup.state() == EntryLookup.State.ABSENT) {
            return PathResolution.absent();
        }
        return lookup.state() == EntryLookup.State.FOUND && lookup.isMetadataSettled()
                ? PathResolution.found(path, lookup.record())
                : PathResolution.undecided(path, path);
    }

    private static void pushFront(Deque<String> remaining, List<String> components) {
        for (int i = components.size() - 1; i >= 0; i--) {
            remaining.push(components.get(i));
        }
    }

    private static String expected(String from, Deque<String> remaining) {
        String path = from;
        for (String component : remaining) {
            path = component.equals("..") ? ImagePaths.parent(path) : ImagePaths.child(path, component);
        }
        return path;
    }
}
