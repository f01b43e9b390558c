package io.github.cnbenforcer.fs;

import io.github.cnbenforcer.tar.EntryNames;
import java.util.ArrayList;
import java.util.List;

/** Absolute, normalised paths inside an image: {@code /}, {@code /etc}, {@code /etc/passwd}. */
final class ImagePaths {
    static final String ROOT = "/";

    private ImagePaths() {}

    /**
     * The absolute path a tar entry name stands for: {@code etc/passwd}, {@code ./etc/passwd} and
     * {@code /etc//passwd/} are all {@code /etc/passwd}. Returns {@code null} when {@code ..} would leave
     * the root: such an entry is outside the image and is ignored.
     */
    static String ofEntryName(String name) {
        String fromRoot = EntryNames.fromRoot(name);
        return fromRoot == null ? null : ROOT + fromRoot;
    }

    /** The components of a path, without empty ones and {@code .}; {@code ..} is kept. */
    static List<String> components(String path) {
        List<String> components = new ArrayList<>();
        for (String component : path.split("/")) {
            if (!component.isEmpty() && !component.equals(".")) {
                components.add(component);
            }
        }
        return components;
    }

    /** The parent of a path; the root is its own parent. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? ROOT : path.substring(0, slash);
    }

    /** The last component of a path; empty for the root. */
    static String fileName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    static String child(String directory, String name) {
        return directory.equals(ROOT) ? ROOT + name : directory + "/" + name;
    }

    static boolean isRoot(String path) {
        return path.equals(ROOT);
    }
}
