package io.github.cnbenforcer.tar;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads a tar stream entry by entry, as Go's {@code archive/tar} (and so Docker and containerd) reads
 * image layers: V7, ustar, GNU and PAX headers. Unlike a general-purpose reader it never holds
 * anything whose size a layer controls: GNU long names and PAX records are capped, GNU sparse maps
 * are skipped unread, and entry data is read only when asked for, up to a limit.
 */
public final class TarReader implements Closeable {
    static final int BLOCK_SIZE = 512;
    /** Longest GNU long name or link name read; Linux paths are at most 4 KiB. */
    static final int MAX_LONG_NAME_BYTES = 64 * 1024;
    /** Most PAX extended header bytes read for one entry. */
    static final int MAX_PAX_BYTES = 1024 * 1024;

    private static final int NAME = 0;
    private static final int MODE = 100;
    private static final int UID = 108;
    private static final int GID = 116;
    private static final int SIZE = 124;
    private static final int CHECKSUM = 148;
    private static final int TYPE = 156;
    private static final int LINK_NAME = 157;
    private static final int MAGIC = 257;
    private static final int PREFIX = 345;
    private static final int GNU_SPARSE_EXTENDED = 482;
    private static final int GNU_SPARSE_EXTENSION_EXTENDED = 504;
    private static final byte[] USTAR_MAGIC = "ustar\0".getBytes(StandardCharsets.US_ASCII);

    private final InputStream in;
    /** What the stream is, in messages: "the layer". */
    private final String stream;
    /** Whether {@code in.skip} moves on without reading, as a file's does. */
    private final boolean seekable;

    private final byte[] block = new byte[BLOCK_SIZE];
    private final byte[] skipBuffer = new byte[64 * 1024];
    private long dataLeft;
    private long paddingLeft;
    private long entriesRead;
    private boolean ended;

    public TarReader(InputStream in) {
        this(in, "the layer", false);
    }

    /**
     * @param stream what the stream is, in messages: "the archive"
     * @param seekable whether {@code in.skip} moves on without reading (a file's stream): entry data
     *     is then skipped, not read; otherwise it is read through, as a decompressing stream would
     *     read it anyway, in larger steps than its own {@code skip} takes
     */
    TarReader(InputStream in, String stream, boolean seekable) {
        this.in = in;
        this.stream = stream;
        this.seekable = seekable;
    }

    /**
     * Moves to the next entry, skipping the rest of the current one.
     *
     * @return the entry, or {@code null} at the end of the archive (an end-of-archive block, or the end
     *     of the stream between entries, which Go accepts too)
     * @throws IOException if the stream is not a tar stream, is truncated inside an entry, or has a
     *     header that breaks the format or the caps above
     */
    public TarHeader next() throws IOException {
        if (ended) {
            return null;
        }
        skip(dataLeft + paddingLeft);
        dataLeft = 0;
        paddingLeft = 0;
        String longName = null;
        String longLinkName = null;
        Map<String, String> pax = new HashMap<>();
        long paxBytes = 0;
        while (readHeaderBlock()) {
            char type = (char) block[TYPE];
            long size = number(SIZE, 12);
            switch (type) {
                case 'L':
                    longName = cString(readMetadata(size, MAX_LONG_NAME_BYTES, "a GNU long name"));
                    break;
                case 'K':
                    longLinkName = cString(readMetadata(size, MAX_LONG_NAME_BYTES, "a GNU long link name"));
                    break;
                case 'x':
                    PaxRecords.parse(readMetadata(size, MAX_PAX_BYTES - paxBytes, "a PAX header"), pax);
                    paxBytes += size;
                    break;
                case 'g':
                    // Global PAX headers: Docker ignores them, and so does this reader.
                    skip(size + padding(size));
                    break;
                default:
                    entriesRead++;
                    return entry(type, size, longName, longLinkName, pax);
            }
        }
        ended = true;
        return null;
    }

    /**
     * The data of the current entry, read whole, when it has at most {@code maxBytes}; otherwise
     * {@code null}, and nothing is read. Call it at most once per entry.
     */
    public byte[] readData(int maxBytes) throws IOException {
        if (dataLeft > maxBytes) {
            return null;
        }
        byte[] data = new byte[(int) dataLeft];
        readFully(data, "inside the data of an entry");
        dataLeft = 0;
        return data;
    }

    /** Skips {@code count} entries, e.g. those read by an earlier pass. */
    public void skipEntries(long count) throws IOException {
        for (long i = 0; i < count; i++) {
            if (next() == null) {
                throw new EOFException("the layer has fewer entries than when it was read before");
            }
        }
    }

    /** Closes the stream; a failure to close loses nothing that was read, so it is ignored. */
    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            // nothing to do: the layer is no longer needed
        }
    }

    private TarHeader entry(char type, long size, String longName, String longLinkName, Map<String, String> pax)
            throws IOException {
        String name = longName != null ? longName : ustarName();
        name = pax.getOrDefault("GNU.sparse.name", pax.getOrDefault("path", name));
        String linkName = pax.getOrDefault("linkpath", longLinkName != null ? longLinkName : cString(LINK_NAME, 100));
        long uid = paxNumber(pax, "uid", number(UID, 8));
        long gid = paxNumber(pax, "gid", number(GID, 8));
        long dataSize = paxNumber(pax, "size", size);
        int mode = (int) (number(MODE, 8) & 07777);
        boolean sparse =
                type == TarHeader.GNU_SPARSE || pax.keySet().stream().anyMatch(k -> k.startsWith("GNU.sparse."));
        char effectiveType = type;
        if (type == '\0') {
            // Pre-POSIX archives mark directories by a trailing slash only.
            effectiveType = name.endsWith("/") ? TarHeader.DIRECTORY : TarHeader.REGULAR;
        }
        if (type == TarHeader.GNU_SPARSE && block[GNU_SPARSE_EXTENDED] != 0) {
            skipGnuSparseExtensions();
        }
        if (isHeaderOnly(effectiveType)) {
            dataSize = 0;
        }
        dataLeft = dataSize;
        paddingLeft = padding(dataSize);
        return new TarHeader(name, linkName, effectiveType, mode, uid, gid, dataSize, sparse);
    }

    private String ustarName() {
        String name = cString(NAME, 100);
        if (regionEquals(MAGIC, USTAR_MAGIC)) {
            String prefix = cString(PREFIX, 155);
            if (!prefix.isEmpty()) {
                return prefix + "/" + name;
            }
        }
        return name;
    }

    /** Old GNU sparse files continue their sparse map in extra blocks before the data. */
    private void skipGnuSparseExtensions() throws IOException {
        do {
            readFully(block, "inside a GNU sparse map");
        } while (block[GNU_SPARSE_EXTENSION_EXTENDED] != 0);
    }

    private static boolean isHeaderOnly(char type) {
        switch (type) {
            case TarHeader.HARD_LINK:
            case TarHeader.SYMLINK:
            case '3':
            case '4':
            case TarHeader.DIRECTORY:
            case '6':
                return true;
            default:
                return false;
        }
    }

    /** Reads a header block; {@code false} at the end of the archive. */
    private boolean readHeaderBlock() throws IOException {
        int read = readUpTo(block);
        if (read == 0) {
            return false;
        }
        if (read < BLOCK_SIZE) {
            throw new EOFException(stream + " ends inside a tar header (truncated?)");
        }
        if (isZero(block)) {
            return false;
        }
        verifyChecksum();
        return true;
    }

    private void verifyChecksum() throws IOException {
        long unsignedSum = 0;
        long signedSum = 0;
        for (int i = 0; i < BLOCK_SIZE; i++) {
            byte b = i >= CHECKSUM && i < CHECKSUM + 8 ? (byte) ' ' : block[i];
            unsignedSum += b & 0xff;
            signedSum += b;
        }
        long stored;
        try {
            stored = octal(CHECKSUM, 8);
        } catch (IOException e) {
            stored = -1;
        }
        if (stored != unsignedSum && stored != signedSum) {
            throw new IOException(
                    entriesRead == 0
                            ? "not a tar archive (the first header's checksum does not match)"
                            : "corrupt tar header after " + entriesRead + " entries (checksum mismatch)");
        }
    }

    private byte[] readMetadata(long size, long maxBytes, String what) throws IOException {
        if (size > maxBytes) {
            throw new IOException(
                    what + " of " + size + " bytes, more than the " + maxBytes + " " + stream + " may use");
        }
        byte[] data = new byte[(int) size];
        readFully(data, "inside " + what);
        skip(padding(size));
        return data;
    }

    private static long paxNumber(Map<String, String> pax, String key, long fallback) throws IOException {
        String value = pax.get(key);
        return value == null ? fallback : PaxRecords.decimal(value, "PAX " + key);
    }

    /** A numeric header field: octal text, or base-256 when the high bit of its first byte is set. */
    private long number(int offset, int length) throws IOException {
        if ((block[offset] & 0x80) == 0) {
            return octal(offset, length);
        }
        if (block[offset] == (byte) 0xff) {
            throw new IOException("a negative number in a tar header");
        }
        long value = block[offset] & 0x7f;
        for (int i = 1; i < length; i++) {
            if (value > (Long.MAX_VALUE >>> 8)) {
                throw new IOException("a number too large in a tar header");
            }
            value = (value << 8) | (block[offset + i] & 0xff);
        }
        return value;
    }

    private long octal(int offset, int length) throws IOException {
        int start = offset;
        int end = offset + length;
        while (start < end && (block[start] == ' ' || block[start] == 0)) {
            start++;
        }
        while (end > start && (block[end - 1] == ' ' || block[end - 1] == 0)) {
            end--;
        }
        long value = 0;
        for (int i = start; i < end; i++) {
            int digit = block[i] - '0';
            if (digit < 0 || digit > 7 || value > (Long.MAX_VALUE >>> 3)) {
                throw new IOException("an invalid octal number in a tar header");
            }
            value = (value << 3) | digit;
        }
        return value;
    }

    private String cString(int offset, int length) {
        int end = offset;
        while (end < offset + length && block[end] != 0) {
            end++;
        }
        return new String(block, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static String cString(byte[] data) {
        int end = 0;
        while (end < data.length && data[end] != 0) {
            end++;
        }
        return new String(data, 0, end, StandardCharsets.UTF_8);
    }

    private boolean regionEquals(int offset, byte[] expected) {
        for (int i = 0; i < expected.length; i++) {
            if (block[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static long padding(long size) {
        return (BLOCK_SIZE - size % BLOCK_SIZE) % BLOCK_SIZE;
    }

    private void skip(long count) throws IOException {
        long left = count;
        while (left > 0) {
            long skipped = seekable ? in.skip(left) : 0;
            if (skipped <= 0) {
                // Not seekable, or at the end of a file, whose skip does not say so: reading does.
                skipped = in.read(skipBuffer, 0, (int) Math.min(left, skipBuffer.length));
                if (skipped < 0) {
                    throw new EOFException(stream + " ends inside an entry (truncated?)");
                }
            }
            left -= skipped;
        }
    }

    private void readFully(byte[] target, String where) throws IOException {
        if (readUpTo(target) < target.length) {
            throw new EOFException(stream + " ends " + where + " (truncated?)");
        }
    }

    private int readUpTo(byte[] target) throws IOException {
        int filled = 0;
        while (filled < target.length) {
            int read = in.read(target, filled, target.length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }
}
