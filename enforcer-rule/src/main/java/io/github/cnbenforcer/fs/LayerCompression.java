package io.github.cnbenforcer.fs;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * How a layer blob is compressed, told by its first bytes as containerd tells it
 * ({@code archive/compression}, {@code DecompressStream}): gzip and zstd by their magic numbers
 * (zstd also after a skippable frame), anything else is read as an uncompressed tar. The media type
 * only says what the layer claims to be; tools write plain tar under {@code +gzip} (skopeo with
 * {@code --dest-oci-accept-uncompressed-layers}) and containerd unpacks it all the same.
 */
enum LayerCompression {
    NONE("uncompressed"),
    GZIP("gzip-compressed"),
    ZSTD("zstd-compressed");

    private static final int BUFFER_SIZE = 64 * 1024;
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b, 0x08};
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};
    /** Skippable frames have the magic numbers 0x184D2A50 to 0x184D2A5F (little-endian). */
    private static final int SKIPPABLE_MAGIC = 0x184D2A50;

    private static final int SKIPPABLE_MASK = 0xFFFFFFF0;
    private static final int SKIPPABLE_HEADER_BYTES = 8;

    private final String description;

    LayerCompression(String description) {
        this.description = description;
    }

    /** "gzip-compressed", for messages. */
    String description() {
        return description;
    }

    /** The compression a layer media type claims, if its suffix names one. */
    static Optional<LayerCompression> claimedBy(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT);
        if (type.endsWith("+gzip") || type.endsWith(".gzip")) {
            return Optional.of(GZIP);
        }
        if (type.endsWith("+zstd") || type.endsWith(".zstd")) {
            return Optional.of(ZSTD);
        }
        return type.endsWith(".tar") ? Optional.of(NONE) : Optional.empty();
    }

    /** Tells the compression from the first bytes of a stream, without consuming them. */
    static LayerCompression detect(BufferedInputStream in) throws IOException {
        in.mark(SKIPPABLE_HEADER_BYTES);
        byte[] head = in.readNBytes(SKIPPABLE_HEADER_BYTES);
        in.reset();
        if (startsWith(head, GZIP_MAGIC)) {
            return GZIP;
        }
        return startsWith(head, ZSTD_MAGIC) || isSkippableFrame(head) ? ZSTD : NONE;
    }

    /** Buffers a stored layer so that {@link #detect} can look at its first bytes. */
    static BufferedInputStream buffered(InputStream stored) {
        return new BufferedInputStream(stored, BUFFER_SIZE);
    }

    /** The tar stream of a layer compressed this way. */
    InputStream decompress(BufferedInputStream in) throws IOException {
        switch (this) {
            case GZIP:
                return new GZIPInputStream(in, BUFFER_SIZE);
            case ZSTD:
                skipSkippableFrames(in);
                return new ZstdErrors(new ZstdInputStream(in));
            case NONE:
            default:
                return in;
        }
    }

    /** The zstd reader the rule uses does not skip skippable frames itself. */
    private static void skipSkippableFrames(BufferedInputStream in) throws IOException {
        while (true) {
            in.mark(SKIPPABLE_HEADER_BYTES);
            byte[] header = in.readNBytes(SKIPPABLE_HEADER_BYTES);
            if (!isSkippableFrame(header)) {
                in.reset();
                return;
            }
            long size = littleEndianInt(header, 4) & 0xFFFFFFFFL;
            skipFully(in, size);
        }
    }

    private static void skipFully(InputStream in, long bytes) throws IOException {
        for (long left = bytes; left > 0; ) {
            long skipped = in.skip(left);
            if (skipped <= 0) {
                if (in.read() < 0) {
                    throw new IOException("a zstd skippable frame is cut short");
                }
                skipped = 1;
            }
            left -= skipped;
        }
    }

    private static boolean isSkippableFrame(byte[] head) {
        return head.length >= SKIPPABLE_HEADER_BYTES && (littleEndianInt(head, 0) & SKIPPABLE_MASK) == SKIPPABLE_MAGIC;
    }

    private static int littleEndianInt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xff)
                | (bytes[offset + 1] & 0xff) << 8
                | (bytes[offset + 2] & 0xff) << 16
                | (bytes[offset + 3] & 0xff) << 24;
    }

    private static boolean startsWith(byte[] head, byte[] magic) {
        if (head.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * aircompressor reports corrupt zstd data with an unchecked {@link MalformedInputException}: here,
     * where it is thrown, it becomes an I/O error, as gzip's are, so that no other unchecked exception
     * is ever taken for corrupt data. Every method that decompresses goes through {@link #read}: as a
     * plain {@link InputStream}, this one skips by reading, has nothing available and no mark.
     */
    private static final class ZstdErrors extends InputStream {
        private final InputStream in;

        ZstdErrors(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (MalformedInputException e) {
                throw corrupt(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return in.read(buffer, offset, length);
            } catch (MalformedInputException e) {
                throw corrupt(e);
            }
        }

        @Override
        public void close() throws IOException {
            in.close();
        }

        private static IOException corrupt(MalformedInputException e) {
            return new IOException("corrupt zstd data: " + e.getMessage(), e);
        }
    }
}
