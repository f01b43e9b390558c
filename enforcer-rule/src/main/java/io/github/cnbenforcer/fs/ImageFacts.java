package io.github.cnbenforcer.fs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Facts that only an image's filesystem can tell. Each method may throw
 * {@link FactUnavailableException} (layers not inspected, byte budget spent, a corrupt layer), and
 * the check that asked is then {@code unverified}.
 */
public interface ImageFacts {
    /** {@code /etc/passwd} and {@code /etc/group}; an absent file is an empty database. */
    UserDatabase users() throws FactUnavailableException;

    /** The entry at an absolute path, symlinks followed; empty when nothing is there. */
    Optional<FileMetadata> stat(String absolutePath) throws FactUnavailableException;

    /** The variables of {@code /etc/os-release} (unquoted); empty when the image has none. */
    Optional<Map<String, String>> osRelease() throws FactUnavailableException;

    /**
     * The content of the regular file at an absolute path, symlinks followed; empty when nothing is
     * there.
     *
     * @param maxBytes the largest content read: a larger file is unavailable, saying so
     */
    Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException;

    /**
     * The names of the regular files directly in the directory at an absolute path, sorted; empty
     * when there is no directory there.
     */
    Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException;

    /** Facts of an image whose layers are not read; every question is answered with {@code reason}. */
    static ImageFacts unavailable(String reason) {
        return new ImageFacts() {
            @Override
            public UserDatabase users() throws FactUnavailableException {
                throw new FactUnavailableException(reason);
            }

            @Override
            public Optional<FileMetadata> stat(String absolutePath) throws FactUnavailableException {
                throw new FactUnavailableException(reason);
            }

            @Override
            public Optional<Map<String, String>> osRelease() throws FactUnavailableException {
                throw new FactUnavailableException(reason);
            }

            @Override
            public Optional<byte[]> read(String absolutePath, int maxBytes) throws FactUnavailableException {
                throw new FactUnavailableException(reason);
            }

            @Override
            public Optional<List<String>> listFiles(String absoluteDirectory) throws FactUnavailableException {
                throw new FactUnavailableException(reason);
            }
        };
    }
}
