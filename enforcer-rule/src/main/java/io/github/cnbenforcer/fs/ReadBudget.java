package io.github.cnbenforcer.fs;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * What reading one image's layers may cost, over every pass: the compressed bytes fetched (the
 * rule's {@code layerBudgetMiB}), the bytes they decompress to, and the heap taken by what is
 * remembered: the metadata of the entries read and the content of the files kept for the checks.
 *
 * <p>{@link #forLayerBudget} derives the last two from the first. Decompressed bytes: {@value
 * #DECOMPRESSION_FACTOR} times the budget, as real layers expand 2 to 5 times while a decompression
 * bomb expands a thousand times and would keep the build busy for minutes (the default allows 8 GiB,
 * seconds of work). Metadata: an eighth of the budget, at least {@value #MIN_METADATA_MIB} MiB, at
 * about {@value #ENTRY_OVERHEAD_BYTES} bytes per entry plus its path (64 MiB by default: some 300,000
 * entries, more than base images hold).
 */
final class ReadBudget {
    static final int DECOMPRESSION_FACTOR = 16;
    static final int METADATA_SHARE = 8;
    static final int MIN_METADATA_MIB = 16;
    /** Heap taken by one remembered entry besides its path: map node, record, string headers. */
    static final int ENTRY_OVERHEAD_BYTES = 160;

    private final long compressedLimit;
    private final long decompressedLimit;
    private final long metadataLimit;
    private long compressedRead;
    private long decompressedRead;
    private long metadataRemembered;

    ReadBudget(long compressedLimit, long decompressedLimit, long metadataLimit) {
        this.compressedLimit = compressedLimit;
        this.decompressedLimit = decompressedLimit;
        this.metadataLimit = metadataLimit;
    }

    /** The limits that follow from the rule's {@code layerBudgetMiB}, in bytes. */
    static ReadBudget forLayerBudget(long compressedLimit) {
        if (compressedLimit <= 0) {
            throw new IllegalArgumentException("the layer budget must be positive: " + compressedLimit);
        }
        long decompressedLimit = compressedLimit > Long.MAX_VALUE / DECOMPRESSION_FACTOR
                ? Long.MAX_VALUE
                : compressedLimit * DECOMPRESSION_FACTOR;
        long metadataLimit = Math.max(MIN_METADATA_MIB * 1024L * 1024, compressedLimit / METADATA_SHARE);
        return new ReadBudget(compressedLimit, decompressedLimit, metadataLimit);
    }

    /** Counts the bytes read from a layer as stored. */
    InputStream meterCompressed(InputStream stored) {
        return new Meter(stored, ReadLimitException.Limit.COMPRESSED_BYTES);
    }

    /** Counts the bytes a layer decompresses to. */
    InputStream meterDecompressed(InputStream decompressed) {
        return new Meter(decompressed, ReadLimitException.Limit.DECOMPRESSED_BYTES);
    }

    /** Counts the heap taken by remembering the entry at {@code path}. */
    void remember(String path) throws ReadLimitException {
        rememberBytes(ENTRY_OVERHEAD_BYTES + path.length());
    }

    /** Counts the heap taken by keeping the content of a file, {@code bytes} long. */
    void keep(int bytes) throws ReadLimitException {
        rememberBytes(bytes);
    }

    private void rememberBytes(long bytes) throws ReadLimitException {
        metadataRemembered += bytes;
        if (metadataRemembered > metadataLimit) {
            throw new ReadLimitException(ReadLimitException.Limit.METADATA);
        }
    }

    long compressedLimit() {
        return compressedLimit;
    }

    long decompressedLimit() {
        return decompressedLimit;
    }

    long metadataLimit() {
        return metadataLimit;
    }

    /** Compressed bytes read so far. */
    long compressedRead() {
        return compressedRead;
    }

    private void count(ReadLimitException.Limit limit, long bytes) throws ReadLimitException {
        if (limit == ReadLimitException.Limit.COMPRESSED_BYTES) {
            compressedRead += bytes;
            if (compressedRead > compressedLimit) {
                throw new ReadLimitException(limit);
            }
        } else {
            decompressedRead += bytes;
            if (decompressedRead > decompressedLimit) {
                throw new ReadLimitException(limit);
            }
        }
    }

    /** Counts what passes through, and stops the read once the budget is spent. */
    private final class Meter extends FilterInputStream {
        private final ReadLimitException.Limit limit;

        Meter(InputStream in, ReadLimitException.Limit limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(limit, 1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count(limit, read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) {
                count(limit, skipped);
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
