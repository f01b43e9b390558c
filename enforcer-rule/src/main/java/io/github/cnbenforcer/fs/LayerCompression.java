package io.github.cnbenforcer.fs;

import io.airlift.compress.zstd.ZstdInputStream;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * How a layer blob is compressed: said by its OCI media type, and otherwise (Docker's media types,
 * which tools also use for uncompressed or zstd layers, foreign or unknown types) recognised by its
 * first bytes.
 */
enum LayerCompression {
    NONE,
    GZIP,
    ZSTD;

    private static final String OCI_LAYER_PREFIX = "application/vnd.oci.image.layer.";
    private static final int BUFFER_SIZE = 64 * 1024;
    private static final byte[] GZIP_MAGIC = {0x1f, (byte) 0x8b};
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xb5, 0x2f, (byte) 0xfd};

    /** The layer's tar stream, decompressed as its media type says or, failing that, as its first bytes say. */
    static InputStream decompress(String mediaType, InputStream stored) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(stored, BUFFER_SIZE);
        LayerCompression compression = ofOciMediaType(mediaType);
        if (compression == null) {
            compression = sniff(buffered);
        }
        return compression.wrap(buffered);
    }

    /** The compression an OCI layer media type names (also the nondistributable ones); null for others. */
    static LayerCompression ofOciMediaType(String mediaType) {
        if (!mediaType.startsWith(OCI_LAYER_PREFIX)) {
            return null;
        }
        if (mediaType.endsWith("+gzip")) {
            return GZIP;
        }
        if (mediaType.endsWith("+zstd")) {
            return ZSTD;
        }
        return mediaType.endsWith(".tar") ? NONE : null;
    }

    static LayerCompression sniff(BufferedInputStream in) throws IOException {
        in.mark(ZSTD_MAGIC.length);
        byte[] head = new byte[ZSTD_MAGIC.length];
        int length = in.readNBytes(head, 0, head.length);
        in.reset();
        if (startsWith(head, length, GZIP_MAGIC)) {
            return GZIP;
        }
        if (startsWith(head, length, ZSTD_MAGIC)) {
            return ZSTD;
        }
        return NONE;
    }

    private InputStream wrap(InputStream in) throws IOException {
        switch (this) {
            case GZIP:
                return new GZIPInputStream(in, BUFFER_SIZE);
            case ZSTD:
                return new ZstdInputStream(in);
            case NONE:
            default:
                return in;
        }
    }

    private static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
