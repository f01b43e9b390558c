package io.github.cnbenforcer.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** File helpers of the fixture writers. */
final class Directories {
    private Directories() {}

    /** Deletes {@code directory} with everything in it, if it exists, and creates it empty. */
    static Path recreate(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                    Files.delete(path);
                }
            }
        }
        return Files.createDirectories(directory);
    }
}
