package io.github.cnbenforcer.tar;

import java.util.ArrayDeque;
import java.util.Deque;

/** Tar entry names read as the paths they unpack to, for layers and for image archives alike. */
public final class EntryNames {
    private EntryNames() {}

    /**
     * An entry name, or a hard link's target, as a path from the archive root: no leading {@code /}
     * or {@code ./}, no empty segment or trailing slash, {@code ..} applied ({@code ./etc//skel/../passwd}
     * is {@code etc/passwd}); {@code null} when {@code ..} would leave the root, as for an entry that
     * would be written outside the directory it is unpacked in.
     */
    public static String fromRoot(String name) {
        Deque<String> segments = new ArrayDeque<>();
        for (String segment : name.split("/")) {
            if (segment.equals("..")) {
                if (segments.pollLast() == null) {
                    return null;
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        return String.join("/", segments);
    }
}
