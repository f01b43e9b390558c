package io.github.cnbenforcer.cache;

import io.github.cnbenforcer.image.Digest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * A record that no digest names (a fact, a tag) as it is kept on disk: one header line that says
 * what it is, how long its payload is and the payload's SHA-256, then the payload. A cut or changed
 * record, or one found under another name, is not read back.
 *
 * <pre>cnb-enforcer-record 1 KIND KEY-DIGEST LENGTH PAYLOAD-DIGEST\nPAYLOAD</pre>
 */
final class Envelope {
    private static final String MAGIC = "cnb-enforcer-record 1";
    private static final int MAX_HEADER = 512;

    private Envelope() {}

    static byte[] wrap(String kind, Digest key, byte[] payload) {
        byte[] header = (header(kind, key, payload.length) + " " + Digest.sha256(payload) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] record = Arrays.copyOf(header, header.length + payload.length);
        System.arraycopy(payload, 0, record, header.length, payload.length);
        return record;
    }

    /** The payload of a record of {@code kind} under {@code key}; empty if the record is anything else. */
    static Optional<byte[]> unwrap(String kind, Digest key, byte[] record) {
        int newline = indexOfNewline(record);
        if (newline < 0) {
            return Optional.empty();
        }
        String header = new String(record, 0, newline, StandardCharsets.UTF_8);
        byte[] payload = Arrays.copyOfRange(record, newline + 1, record.length);
        String expected = header(kind, key, payload.length) + " ";
        if (!header.startsWith(expected)) {
            return Optional.empty();
        }
        String checksum = header.substring(expected.length());
        if (!Digest.isValid(checksum) || !Digest.parse(checksum).equals(Digest.sha256(payload))) {
            return Optional.empty();
        }
        return Optional.of(payload);
    }

    private static String header(String kind, Digest key, int length) {
        return MAGIC + " " + kind + " " + key + " " + length;
    }

    private static int indexOfNewline(byte[] record) {
        for (int i = 0; i < Math.min(record.length, MAX_HEADER); i++) {
            if (record[i] == '\n') {
                return i;
            }
        }
        return -1;
    }
}
