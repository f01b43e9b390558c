package io.github.cnbenforcer.tar;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The entries of a tar file and where their data starts, found in one pass over the headers with
 * {@link TarReader} (so with its formats and caps); an entry's data is then read in place, by its
 * offset. Nothing is unpacked, and no entry data is read while indexing.
 */
public final class TarIndex {
    /** The size of a tar header block. */
    public static final int HEADER_BYTES = TarReader.BLOCK_SIZE;
    /**
     * The most heap the index may take: names and link names, and {@value #ENTRY_OVERHEAD_BYTES}
     * bytes besides for each entry. An image archive lists a few entries per blob (tens of
     * thousands fit); without a bound, an archive of empty entries with long names would take about
     * twice its size.
     */
    static final long MAX_INDEX_BYTES = 16L * 1024 * 1024;
    /** Heap taken by one entry besides its names: the entry, its header and their strings' headers. */
    static final int ENTRY_OVERHEAD_BYTES = 160;

    /** One entry, its names as the headers (GNU long names, PAX records) give them. */
    public static final class Entry {
        private final TarHeader header;
        private final long offset;

        private Entry(TarHeader header, long offset) {
            this.header = header;
            this.offset = offset;
        }

        public String name() {
            return header.name();
        }

        /** The target of a symbolic or hard link; empty for other entries. */
        public String linkName() {
            return header.linkName();
        }

        /** A regular file whose data is its content (not a sparse one). */
        public boolean isRegularFile() {
            return header.isRegularFile() && !header.isSparse();
        }

        public boolean isSparse() {
            return header.isSparse();
        }

        public boolean isSymlink() {
            return header.isSymlink();
        }

        public boolean isHardLink() {
            return header.isHardLink();
        }

        /** Bytes of data in the archive. */
        public long size() {
            return header.size();
        }

        /** Where the data starts in the file. */
        long offset() {
            return offset;
        }

        @Override
        public String toString() {
            return header + " @" + offset;
        }
    }

    private final Path file;
    private final List<Entry> entries;

    private TarIndex(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads the headers of a tar file.
     *
     * @throws IOException if it is not a tar file, is truncated, or breaks the reader's caps or
     *     {@link #MAX_INDEX_BYTES}; the message says what, in terms of "the archive"
     */
    public static TarIndex read(Path file) throws IOException {
        return read(file, MAX_INDEX_BYTES);
    }

    static TarIndex read(Path file, long maxIndexBytes) throws IOException {
        List<Entry> entries = new ArrayList<>();
        long indexBytes = 0;
        try (CountingInputStream counted =
                        new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 64 * 1024));
                TarReader reader = new TarReader(counted, "the archive", true)) {
            // TarReader reads a header and nothing after it: its data starts where the stream now is.
            for (TarHeader header = reader.next(); header != null; header = reader.next()) {
                indexBytes += ENTRY_OVERHEAD_BYTES
                        + header.name().length()
                        + header.linkName().length();
                if (indexBytes > maxIndexBytes) {
                    throw new IOException(
                            "the archive lists more entries, or longer names, than an image archive holds");
                }
                entries.add(new Entry(header, counted.position()));
            }
        }
        return new TarIndex(file, entries);
    }

    /** The entries in archive order; a name may occur more than once. */
    public List<Entry> entries() {
        return entries;
    }

    /** Opens the data of {@code entry}: exactly {@link Entry#size()} bytes. */
    public InputStream open(Entry entry) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        boolean positioned = false;
        try {
            if (channel.size() < entry.offset() + entry.size()) {
                throw new IOException("the archive ends inside the data of this entry (truncated?)");
            }
            channel.position(entry.offset());
            positioned = true;
        } finally {
            if (!positioned) {
                channel.close();
            }
        }
        return new LimitedInputStream(Channels.newInputStream(channel), entry.size());
    }

    /** Counts the bytes read through it. */
    private static final class CountingInputStream extends FilterInputStream {
        private long position;

        CountingInputStream(InputStream in) {
            super(in);
        }

        long position() {
            return position;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                position++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                position += read;
            }
            return read;
        }

        @Override
        public long skip(long count) throws IOException {
            long skipped = super.skip(count);
            position += skipped;
            return skipped;
        }
    }

    /** Ends after a number of bytes. */
    private static final class LimitedInputStream extends FilterInputStream {
        private long left;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                return -1;
            }
            int b = super.read();
            if (b >= 0) {
                left--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                return length == 0 ? 0 : -1;
            }
            int read = super.read(buffer, offset, (int) Math.min(length, left));
            if (read > 0) {
                left -= read;
            }
            return read;
        }

        @Override
        public long skip(long count) throws IOException {
            long skipped = super.skip(Math.min(count, left));
            left -= skipped;
            return skipped;
        }

        @Override
        public int available() throws IOException {
            return (int) Math.min(super.available(), left);
        }

        @Override
        public boolean markSupported() {
            return false;
        }
    }
}
