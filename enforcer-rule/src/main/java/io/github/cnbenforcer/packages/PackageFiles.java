package io.github.cnbenforcer.packages;

import io.github.cnbenforcer.fs.FactUnavailableException;
import java.util.List;
import java.util.Optional;

/**
 * What finding and reading an image's package database asks of its filesystem (the merged layers,
 * whiteouts applied, symlinks followed).
 */
public interface PackageFiles {
    /**
     * The content of the regular file at an absolute path; empty when nothing is there.
     *
     * @param maxBytes the most the caller reads: a larger file is a {@link FactUnavailableException}
     *     that says so
     */
    Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException;

    /** The names of the regular files directly in a directory; empty when there is no such directory. */
    Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException;

    /** Whether anything is at an absolute path. */
    boolean exists(String absolutePath) throws FactUnavailableException;
}
