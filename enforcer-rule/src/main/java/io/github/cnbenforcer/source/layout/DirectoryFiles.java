package io.github.cnbenforcer.source.layout;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The files of a layout directory. A file may be a symbolic link to another file of the layout, but
 * never leads out of it: a link to anything outside (an {@code index.json} that points at
 * {@code /etc/shadow}) is refused, so that the rule reads, and quotes, only the layout.
 */
final class DirectoryFiles extends LayoutFiles {
    private final Path root;

    DirectoryFiles(Path root, String location) {
        super(location);
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    protected OptionalLong sizeOf(String path) throws IOException {
        Path file = resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return OptionalLong.empty();
        }
        Path target = insideTarget(path, file);
        return Files.isRegularFile(target) ? OptionalLong.of(Files.size(target)) : OptionalLong.empty();
    }

    @Override
    protected InputStream openFile(String path) throws IOException {
        Path file = resolve(path);
        return Files.newInputStream(insideTarget(path, file), LinkOption.NOFOLLOW_LINKS);
    }

    private Path resolve(String path) throws IOException {
        Path file;
        try {
            file = root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new IOException("the path " + path + " is not a path of this file system (" + e.getReason() + ")");
        }
        if (!file.startsWith(root)) {
            throw new IOException("the path " + path + " leaves the layout directory");
        }
        return file;
    }

    /** Where {@code file} really is, with every symbolic link followed; it must be inside the layout. */
    private Path insideTarget(String path, Path file) throws IOException {
        Path target;
        try {
            target = file.toRealPath();
        } catch (NoSuchFileException e) {
            throw new IOException(path + " is a symbolic link to a file that does not exist");
        }
        if (!target.startsWith(root.toRealPath())) {
            throw new IOException(path + " is a symbolic link to " + target + ", outside the layout directory:"
                    + " the rule reads only files inside the layout; replace the link with the file it names");
        }
        return target;
    }

    @Override
    public void close() {
        // Nothing is held open between reads.
    }
}
