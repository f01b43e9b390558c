package io.github.cnbenforcer.source;

import io.github.cnbenforcer.image.Descriptor;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/**
 * A blob as it streams in, checked against its descriptor: more bytes than its size fail at once;
 * fewer bytes, or a different digest, fail at the end of the stream. A reader that stops early
 * (it found what it needed) closes the stream unverified.
 */
final class VerifyingInputStream extends FilterInputStream {
    private final Descriptor descriptor;
    private final String what;
    private final MessageDigest digest;
    private long count;
    private boolean checked;

    /** @param what names the blob in errors, e.g. "the blob sha256:abc… of ghcr.io/acme/run" */
    public VerifyingInputStream(InputStream in, Descriptor descriptor, String what) {
        super(in);
        this.descriptor = descriptor;
        this.what = what;
        this.digest = descriptor.digest().newMessageDigest();
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value < 0) {
            verifyAtEnd();
        } else {
            digest.update((byte) value);
            counted(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read < 0) {
            verifyAtEnd();
        } else {
            digest.update(buffer, offset, read);
            counted(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(n, 0))];
        long skipped = 0;
        while (skipped < n) {
            int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (read < 0) {
                break;
            }
            skipped += read;
        }
        return skipped;
    }

    /** A blob read to its last byte is verified here too, if the reader never asked for more. */
    @Override
    public void close() throws IOException {
        try {
            if (!checked && count == descriptor.size()) {
                verifyAtEnd();
            }
        } finally {
            super.close();
        }
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(int read) throws IOException {
        count += read;
        if (count > descriptor.size()) {
            throw new IOException(what + " is longer than the " + descriptor.size() + " bytes its descriptor gives");
        }
    }

    private void verifyAtEnd() throws IOException {
        if (checked) {
            return;
        }
        checked = true;
        if (count != descriptor.size()) {
            throw new IOException(
                    what + " ended after " + count + " of " + descriptor.size() + " bytes: it was cut short");
        }
        if (!descriptor.digest().matches(digest.digest())) {
            throw new IOException(
                    what + " does not match its digest " + descriptor.digest().abbreviated()
                            + ": the content was changed or corrupted where it is stored or on its way");
        }
    }
}
