package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.ImageReadException;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The files of an image layout or archive, by their path relative to its root ({@code index.json},
 * {@code blobs/sha256/…}): the files of a directory, or the entries of a tar archive. Reads are
 * bounded, and failures are sentences that name the file and where it lives.
 */
abstract class LayoutFiles implements Closeable {
    /** The most a byte array can hold. */
    private static final long MAX_READ_BYTES = Integer.MAX_VALUE - 8;

    private final String location;

    LayoutFiles(String location) {
        this.location = location;
    }

    /** The size of the regular file at {@code path}, or empty when there is none. */
    protected abstract OptionalLong sizeOf(String path) throws IOException;

    /** Opens the regular file at {@code path}, which {@link #sizeOf} reported. */
    protected abstract InputStream openFile(String path) throws IOException;

    /** Where the files live, for messages: "OCI layout /stacks/run". */
    final String location() {
        return location;
    }

    final boolean contains(String path) throws ImageReadException {
        return size(path).isPresent();
    }

    final OptionalLong size(String path) throws ImageReadException {
        try {
            return sizeOf(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /**
     * Reads a whole file, never more than {@code maxBytes} of it.
     *
     * @return empty when there is no such file
     * @throws ImageReadException if the file is larger than {@code maxBytes} or cannot be read
     */
    final Optional<byte[]> read(String path, long maxBytes) throws ImageReadException {
        long limit = Math.min(maxBytes, MAX_READ_BYTES);
        OptionalLong size = size(path);
        if (size.isEmpty()) {
            return Optional.empty();
        }
        if (size.getAsLong() > limit) {
            throw tooLarge(path, size.getAsLong(), limit);
        }
        try (InputStream in = openFile(path)) {
            byte[] content = in.readNBytes((int) size.getAsLong());
            if (in.read() != -1) {
                throw new ImageReadException(path + " in " + location + " changed while it was read");
            }
            return Optional.of(content);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    /** Opens a file for streaming; the caller closes the stream. */
    final InputStream open(String path) throws ImageReadException {
        try {
            return openFile(path);
        } catch (IOException e) {
            throw unreadable(path, e);
        }
    }

    private ImageReadException tooLarge(String path, long size, long maxBytes) {
        return new ImageReadException(path + " in " + location + " is " + humanSize(size) + ", more than the "
                + humanSize(maxBytes) + " the rule reads of such a file: it is not an image document");
    }

    private ImageReadException unreadable(String path, Exception cause) {
        String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return new ImageReadException("cannot read " + path + " in " + location + ": " + reason, cause);
    }

    private static String humanSize(long bytes) {
        if (bytes < 1024 * 1024) {
            return bytes + " bytes";
        }
        return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
