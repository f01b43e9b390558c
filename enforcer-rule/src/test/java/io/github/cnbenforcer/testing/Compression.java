package io.github.cnbenforcer.testing;

import io.airlift.compress.zstd.ZstdOutputStream;
import io.github.cnbenforcer.image.MediaTypes;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPOutputStream;

/** How a test layer is compressed, and the OCI media type that says so. */
public enum Compression {
    NONE(MediaTypes.OCI_LAYER),
    GZIP(MediaTypes.OCI_LAYER_GZIP),
    ZSTD(MediaTypes.OCI_LAYER_ZSTD);

    private final String mediaType;

    Compression(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    public byte[] compress(byte[] tar) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream compressing = wrap(out)) {
            compressing.write(tar);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private OutputStream wrap(OutputStream out) throws IOException {
        switch (this) {
            case GZIP:
                return new GZIPOutputStream(out);
            case ZSTD:
                return new ZstdOutputStream(out);
            case NONE:
            default:
                return out;
        }
    }
}
