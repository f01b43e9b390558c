package io.github.cnbenforcer.source.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/** The files of a layout directory. */
final class DirectoryFiles extends LayoutFiles {
    private final Path root;

    DirectoryFiles(Path root, String location) {
        super(location);
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    protected OptionalLong sizeOf(String path) throws IOException {
        Path file = resolve(path);
        return Files.isRegularFile(file) ? OptionalLong.of(Files.size(file)) : OptionalLong.empty();
    }

    @Override
    protected InputStream openFile(String path) throws IOException {
        return Files.newInputStream(resolve(path));
    }

    private Path resolve(String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (!file.startsWith(root)) {
            throw new IOException("the path " + path + " leaves the layout directory");
        }
        return file;
    }

    @Override
    public void close() {
        // Nothing is held open between reads.
    }
}
