package io.github.cnbenforcer.source.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a whole body, but never more than a limit. */
final class BoundedRead {
    private static final int CHUNK = 64 * 1024;

    private BoundedRead() {}

    /**
     * @param what names the document in the error, e.g. "the manifest of ghcr.io/acme/run:jammy"
     * @throws TooLargeException as soon as the body passes {@code limit} bytes
     */
    static byte[] readAll(InputStream body, long limit, String what) throws IOException {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        byte[] buffer = new byte[CHUNK];
        for (int count = body.read(buffer); count >= 0; count = body.read(buffer)) {
            if (content.size() + (long) count > limit) {
                throw tooLarge(what, limit);
            }
            content.write(buffer, 0, count);
        }
        return content.toByteArray();
    }

    static TooLargeException tooLarge(String what, long limit) {
        return new TooLargeException(
                what + " is larger than " + mebibytes(limit) + ", the most the rule reads for such a document");
    }

    private static String mebibytes(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MiB" : bytes + " bytes";
    }
}
