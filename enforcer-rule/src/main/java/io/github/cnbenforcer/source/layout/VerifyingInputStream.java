package io.github.cnbenforcer.source.layout;

import io.github.cnbenforcer.image.Digest;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;

/** Passes a blob through while digesting it, and fails at the end of the stream if the digest differs. */
final class VerifyingInputStream extends FilterInputStream {
    private final Digest expected;
    private final MessageDigest digest;
    private final String mismatchMessage;
    /** Whether the content matched, once the end was reached. */
    private Boolean matched;

    /** @param mismatchMessage the message of the {@link IOException} thrown at the end on a mismatch */
    VerifyingInputStream(InputStream in, Digest expected, String mismatchMessage) {
        super(in);
        this.expected = expected;
        this.digest = expected.newMessageDigest();
        this.mismatchMessage = mismatchMessage;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
            verify();
        } else {
            digest.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int count = super.read(buffer, offset, length);
        if (count < 0) {
            verify();
        } else {
            digest.update(buffer, offset, count);
        }
        return count;
    }

    /** Skipped bytes are read, so that they count towards the digest. */
    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[8192];
        long skipped = 0;
        while (skipped < n) {
            int count = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (count < 0) {
                break;
            }
            skipped += count;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readLimit) {
        // Not supported: a reset would digest bytes twice.
    }

    @Override
    public synchronized void reset() throws IOException {
        throw new IOException("mark/reset is not supported");
    }

    private void verify() throws IOException {
        if (matched == null) {
            matched = expected.matches(digest.digest());
        }
        if (!matched) {
            throw new IOException(mismatchMessage);
        }
    }
}
