package io.github.cnbenforcer.testing;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.FetchException;
import io.github.cnbenforcer.image.ImageContent;
import io.github.cnbenforcer.image.ImageReadException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * A content store in memory (or in files, for blobs too large for memory) that counts the blobs
 * opened and the bytes read from them, and fails on purpose when told to.
 */
public final class InMemoryContentStore implements ImageContent {
    private final Map<Digest, byte[]> blobs = new HashMap<>();
    private final Map<Digest, Path> files = new HashMap<>();
    private final Map<Digest, Integer> opens = new HashMap<>();
    private final Map<Digest, String> openFailures = new HashMap<>();
    private final Map<Digest, Long> readFailures = new HashMap<>();
    private final Map<Digest, RuntimeException> bugs = new HashMap<>();
    private long bytesRead;

    /** Stores a blob and returns its descriptor. */
    public Descriptor add(String mediaType, byte[] content) {
        Digest digest = Digest.sha256(content);
        blobs.put(digest, content.clone());
        return Descriptor.of(mediaType, digest, content.length);
    }

    /** Serves a blob from a file, read when opened; for generated layers too large for memory. */
    public Descriptor addFile(String mediaType, Path blob) throws IOException {
        Digest digest;
        try (DigestInputStream in =
                new DigestInputStream(Files.newInputStream(blob), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            digest = Digest.parse(
                    "sha256:" + HexFormat.of().formatHex(in.getMessageDigest().digest()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        files.put(digest, blob);
        return Descriptor.of(mediaType, digest, Files.size(blob));
    }

    /** Opening the blob fails with an {@link ImageReadException} carrying {@code message}. */
    public void failOpening(Descriptor blob, String message) {
        openFailures.put(blob.digest(), message);
    }

    /** Reading the blob fails after {@code bytes} bytes, as a dropped connection does ({@link FetchException}). */
    public void failReadingAfter(Descriptor blob, long bytes) {
        readFailures.put(blob.digest(), bytes);
    }

    /** Reading the blob throws {@code bug}, as a programming error in the reading code would. */
    public void throwWhenRead(Descriptor blob, RuntimeException bug) {
        bugs.put(blob.digest(), bug);
    }

    /** How many times the blob was opened as a stream. */
    public int openCount(Descriptor blob) {
        return opens.getOrDefault(blob.digest(), 0);
    }

    /** Bytes read from every stream opened. */
    public long bytesRead() {
        return bytesRead;
    }

    @Override
    public byte[] read(Descriptor descriptor, long maxBytes) throws ImageReadException {
        if (descriptor.size() > maxBytes) {
            throw new ImageReadException(descriptor.digest() + " is larger than " + maxBytes + " bytes");
        }
        try (InputStream in = stream(descriptor)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new ImageReadException("cannot read " + descriptor.digest() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream open(Descriptor descriptor) throws ImageReadException {
        opens.merge(descriptor.digest(), 1, Integer::sum);
        String failure = openFailures.get(descriptor.digest());
        if (failure != null) {
            throw new ImageReadException(failure);
        }
        return new CountingStream(
                stream(descriptor),
                readFailures.getOrDefault(descriptor.digest(), Long.MAX_VALUE),
                bugs.get(descriptor.digest()));
    }

    private InputStream stream(Descriptor descriptor) throws ImageReadException {
        Path file = files.get(descriptor.digest());
        if (file == null) {
            return new ByteArrayInputStream(blob(descriptor));
        }
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new ImageReadException("cannot open " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] blob(Descriptor descriptor) throws ImageReadException {
        byte[] content = blobs.get(descriptor.digest());
        if (content == null) {
            throw new ImageReadException("blob " + descriptor.digest() + " is not in the store");
        }
        return content;
    }

    private final class CountingStream extends FilterInputStream {
        private final long failAfter;
        private final RuntimeException bug;
        private long position;

        CountingStream(InputStream in, long failAfter, RuntimeException bug) {
            super(in);
            this.failAfter = failAfter;
            this.bug = bug;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (bug != null) {
                throw bug;
            }
            if (position >= failAfter) {
                throw new FetchException("connection reset (simulated)");
            }
            int read = super.read(buffer, offset, (int) Math.min(length, failAfter - position));
            if (read > 0) {
                position += read;
                bytesRead += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            int chunk = (int) Math.min(n, 8192);
            return Math.max(0, read(new byte[chunk], 0, chunk));
        }
    }
}
