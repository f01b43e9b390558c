package io.github.cnbenforcer.testing;

import io.github.cnbenforcer.image.Digest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;

/**
 * A layer built in test code: a tar stream of directories, files, links and OCI whiteouts, in the
 * order added. Paths are written as image tools write them ({@code etc/passwd}, no leading slash)
 * unless {@link #rawEntry} asks otherwise.
 */
public final class TestLayer {
    /** Entries carry a fixed time, so that the same layer always has the same digest. */
    private static final java.util.Date FIXED_TIME = new java.util.Date(1767225600000L);

    private final List<Entry> entries = new ArrayList<>();
    private Compression compression = Compression.GZIP;
    private String label;
    private boolean cutShort;

    private static final class Entry {
        final String name;
        final byte type;
        final byte[] content;
        final String linkTarget;
        final long uid;
        final long gid;
        final int mode;
        final long declaredSize;

        Entry(
                String name,
                byte type,
                byte[] content,
                String linkTarget,
                long uid,
                long gid,
                int mode,
                long declaredSize) {
            this.name = name;
            this.type = type;
            this.content = content;
            this.linkTarget = linkTarget;
            this.uid = uid;
            this.gid = gid;
            this.mode = mode;
            this.declaredSize = declaredSize;
        }
    }

    public static TestLayer create() {
        return new TestLayer();
    }

    public TestLayer compression(Compression value) {
        this.compression = value;
        return this;
    }

    public Compression compression() {
        return compression;
    }

    /**
     * The media type manifests give the layer, whatever its compression: {@code tar+gzip} on a plain
     * tar, as skopeo writes with {@code --dest-oci-accept-uncompressed-layers}.
     */
    public TestLayer labelledAs(String mediaType) {
        this.label = mediaType;
        return this;
    }

    /** The media type manifests give the layer: its label, else the one its compression names. */
    public String mediaType() {
        return label != null ? label : compression.mediaType();
    }

    /** Stores only the first half of the blob, as a broken upload or copy leaves it; descriptors match it. */
    public TestLayer cutShort() {
        this.cutShort = true;
        return this;
    }

    public TestLayer directory(String path, long uid, long gid, int mode) {
        return add(name(path) + "/", TarConstants.LF_DIR, new byte[0], null, uid, gid, mode);
    }

    public TestLayer file(String path, String content) {
        return file(path, content, 0, 0, 0644);
    }

    public TestLayer file(String path, String content, long uid, long gid, int mode) {
        return file(path, content.getBytes(StandardCharsets.UTF_8), uid, gid, mode);
    }

    public TestLayer file(String path, byte[] content, long uid, long gid, int mode) {
        return add(name(path), TarConstants.LF_NORMAL, content, null, uid, gid, mode);
    }

    public TestLayer symlink(String path, String target) {
        return add(name(path), TarConstants.LF_SYMLINK, new byte[0], target, 0, 0, 0777);
    }

    /** A hard link; {@code target} is a path in the image, as tar stores it. */
    public TestLayer hardlink(String path, String target) {
        return add(name(path), TarConstants.LF_LINK, new byte[0], name(target), 0, 0, 0644);
    }

    /** Removes {@code path} of lower layers ({@code .wh.NAME}). */
    public TestLayer whiteout(String path) {
        String name = name(path);
        int slash = name.lastIndexOf('/');
        String whiteout = (slash < 0 ? "" : name.substring(0, slash + 1)) + ".wh." + name.substring(slash + 1);
        return add(whiteout, TarConstants.LF_NORMAL, new byte[0], null, 0, 0, 0644);
    }

    /** Hides everything lower layers have in directory {@code path} ({@code .wh..wh..opq}). */
    public TestLayer opaque(String path) {
        return add(name(path) + "/.wh..wh..opq", TarConstants.LF_NORMAL, new byte[0], null, 0, 0, 0644);
    }

    /** An entry whose name is written exactly as given, e.g. {@code ../escape} or {@code /abs}. */
    public TestLayer rawEntry(String name, String content) {
        return add(name, TarConstants.LF_NORMAL, content.getBytes(StandardCharsets.UTF_8), null, 0, 0, 0644);
    }

    /** A regular file whose header claims {@code declaredSize} bytes; the content is {@code actual}. */
    public TestLayer fileWithDeclaredSize(String path, byte[] actual, long declaredSize) {
        entries.add(new Entry(name(path), TarConstants.LF_NORMAL, actual, null, 0, 0, 0644, declaredSize));
        return this;
    }

    private TestLayer add(String name, byte type, byte[] content, String linkTarget, long uid, long gid, int mode) {
        entries.add(new Entry(name, type, content, linkTarget, uid, gid, mode, content.length));
        return this;
    }

    /** The uncompressed tar stream. */
    public byte[] tar() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (Entry entry : entries) {
                TarArchiveEntry header = new TarArchiveEntry(entry.name, entry.type, true);
                header.setModTime(FIXED_TIME);
                header.setUserId(entry.uid);
                header.setGroupId(entry.gid);
                header.setMode(modeBits(entry.type) | entry.mode);
                if (entry.linkTarget != null) {
                    header.setLinkName(entry.linkTarget);
                }
                header.setSize(entry.type == TarConstants.LF_NORMAL ? entry.content.length : 0);
                tar.putArchiveEntry(header);
                tar.write(entry.content);
                tar.closeArchiveEntry();
            }
            tar.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return withDeclaredSizes(bytes.toByteArray());
    }

    /** The layer blob as stored: the tar stream, compressed (and cut short if asked). */
    public byte[] blob() {
        byte[] blob = compression.compress(tar());
        return cutShort ? java.util.Arrays.copyOf(blob, blob.length / 2) : blob;
    }

    /** The digest of the uncompressed tar, as {@code rootfs.diff_ids} lists it. */
    public Digest diffId() {
        return Digest.sha256(tar());
    }

    private byte[] withDeclaredSizes(byte[] tar) {
        boolean anyDeclared = entries.stream().anyMatch(e -> e.declaredSize != e.content.length);
        if (!anyDeclared) {
            return tar;
        }
        byte[] patched = tar.clone();
        int offset = 0;
        for (Entry entry : entries) {
            // POSIX long names add an extended header block before the entry; tests that lie about
            // sizes use short names, so the entry header is at offset.
            if (entry.declaredSize != entry.content.length) {
                writeOctal(patched, offset + 124, 12, entry.declaredSize);
                rewriteChecksum(patched, offset);
            }
            offset += 512 + (int) ((entry.content.length + 511) / 512 * 512);
        }
        return patched;
    }

    private static void writeOctal(byte[] block, int offset, int length, long value) {
        String octal = String.format("%0" + (length - 1) + "o", value);
        if (octal.length() > length - 1) {
            octal = octal.substring(octal.length() - (length - 1));
        }
        byte[] digits = octal.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, block, offset, digits.length);
        block[offset + length - 1] = 0;
    }

    private static void rewriteChecksum(byte[] tar, int headerOffset) {
        for (int i = 0; i < 8; i++) {
            tar[headerOffset + 148 + i] = ' ';
        }
        long sum = 0;
        for (int i = 0; i < 512; i++) {
            sum += tar[headerOffset + i] & 0xff;
        }
        String checksum = String.format("%06o", sum);
        byte[] digits = checksum.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(digits, 0, tar, headerOffset + 148, 6);
        tar[headerOffset + 154] = 0;
        tar[headerOffset + 155] = ' ';
    }

    private static int modeBits(byte type) {
        switch (type) {
            case TarConstants.LF_DIR:
                return 040000;
            case TarConstants.LF_SYMLINK:
                return 0120000;
            default:
                return 0100000;
        }
    }

    private static String name(String path) {
        String name = path;
        while (name.startsWith("/")) {
            name = name.substring(1);
        }
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
