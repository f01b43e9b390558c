package io.github.cnbenforcer.tar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.junit.jupiter.api.Test;

class TarReaderTest {
    private static final String LONG_NAME = "usr/share/" + "very-long-directory-name/".repeat(8) + "file";

    @Test
    void readsNameTypeOwnerModeAndData() throws IOException {
        TarReader reader = reader(RawTar.entry("etc/passwd", '0', "root\n", header -> {
            RawTar.octal(header, 100, 8, 0640);
            RawTar.octal(header, 108, 8, 1001);
            RawTar.octal(header, 116, 8, 1000);
        }));

        TarHeader entry = reader.next();

        assertThat(entry.name()).isEqualTo("etc/passwd");
        assertThat(entry.isRegularFile()).isTrue();
        assertThat(entry.uid()).isEqualTo(1001);
        assertThat(entry.gid()).isEqualTo(1000);
        assertThat(entry.mode()).isEqualTo(0640);
        assertThat(new String(reader.readData(100), StandardCharsets.UTF_8)).isEqualTo("root\n");
        assertThat(reader.next()).isNull();
    }

    @Test
    void joinsUstarPrefixAndName() throws IOException {
        TarReader reader = reader(RawTar.entry("passwd", '0', "", header -> RawTar.text(header, 345, "etc")));

        assertThat(reader.next().name()).isEqualTo("etc/passwd");
    }

    @Test
    void readsGnuLongNamesAndLinkNames() throws IOException {
        TarReader reader = reader(commonsTar(
                TarArchiveOutputStream.LONGFILE_GNU,
                TarArchiveOutputStream.BIGNUMBER_ERROR,
                symlink(LONG_NAME, LONG_NAME + "-target")));

        TarHeader entry = reader.next();

        assertThat(entry.name()).isEqualTo(LONG_NAME);
        assertThat(entry.linkName()).isEqualTo(LONG_NAME + "-target");
        assertThat(entry.isSymlink()).isTrue();
    }

    @Test
    void readsPaxNamesAndLargeIds() throws IOException {
        TarArchiveEntry file = new TarArchiveEntry(LONG_NAME);
        file.setUserId(3_000_000_000L);
        TarReader reader =
                reader(commonsTar(TarArchiveOutputStream.LONGFILE_POSIX, TarArchiveOutputStream.BIGNUMBER_POSIX, file));

        TarHeader entry = reader.next();

        assertThat(entry.name()).isEqualTo(LONG_NAME);
        assertThat(entry.uid()).isEqualTo(3_000_000_000L);
    }

    @Test
    void readsBase256Numbers() throws IOException {
        TarArchiveEntry file = new TarArchiveEntry("data");
        file.setGroupId(3_000_000_000L);
        TarReader reader =
                reader(commonsTar(TarArchiveOutputStream.LONGFILE_ERROR, TarArchiveOutputStream.BIGNUMBER_STAR, file));

        assertThat(reader.next().gid()).isEqualTo(3_000_000_000L);
    }

    @Test
    void linksAndDirectoriesCarryNoDataWhateverTheirSizeField() throws IOException {
        TarReader reader = reader(
                RawTar.header("etc/os-release", '2', 4096, header -> RawTar.text(header, 157, "../usr/lib/os-release")),
                RawTar.entry("etc/passwd", '0', "x", header -> {}));

        assertThat(reader.next().size()).isZero();
        assertThat(reader.next().name()).isEqualTo("etc/passwd");
    }

    @Test
    void preposixDirectoryIsMarkedByItsTrailingSlash() throws IOException {
        TarReader reader = reader(RawTar.header("etc/", '\0', 0, header -> {}));

        assertThat(reader.next().isDirectory()).isTrue();
    }

    @Test
    void skipsGlobalPaxHeaders() throws IOException {
        TarReader reader = reader(
                RawTar.entry("pax_global_header", 'g', "24 path=ignored/global\n", header -> {}),
                RawTar.entry("etc/passwd", '0', "x", header -> {}));

        assertThat(reader.next().name()).isEqualTo("etc/passwd");
    }

    @Test
    void skipsTheSparseMapOfOldGnuSparseFiles() throws IOException {
        byte[] sparse = RawTar.header("var/log/lastlog", 'S', 3, header -> header[482] = 1);
        byte[] extension = new byte[TarReader.BLOCK_SIZE];
        TarReader reader =
                reader(sparse, extension, RawTar.padded("abc"), RawTar.entry("etc/passwd", '0', "x", h -> {}));

        assertThat(reader.next().isSparse()).isTrue();
        assertThat(reader.next().name()).isEqualTo("etc/passwd");
    }

    @Test
    void dataLargerThanAskedIsNotRead() throws IOException {
        TarReader reader = reader(
                RawTar.entry("big", '0', "0123456789", header -> {}), RawTar.entry("small", '0', "x", header -> {}));
        reader.next();

        assertThat(reader.readData(5)).isNull();
        assertThat(reader.next().name()).isEqualTo("small");
    }

    @Test
    void streamEndingBetweenEntriesEndsTheArchive() throws IOException {
        TarReader reader = new TarReader(new ByteArrayInputStream(RawTar.entry("etc/passwd", '0', "x", h -> {})));

        assertThat(reader.next()).isNotNull();
        assertThat(reader.next()).isNull();
    }

    @Test
    void rejectsWhatIsNotATarStream() {
        byte[] garbage = new byte[4096];
        new Random(1).nextBytes(garbage);

        assertThatThrownBy(() -> new TarReader(new ByteArrayInputStream(garbage)).next())
                .isInstanceOf(IOException.class)
                .hasMessageContaining("not a tar archive");
    }

    @Test
    void rejectsACorruptHeaderAfterValidEntries() throws IOException {
        byte[] corrupt = RawTar.header("etc/group", '0', 0, header -> {});
        corrupt[0] ^= 1;
        TarReader reader = reader(RawTar.entry("etc/passwd", '0', "x", h -> {}), corrupt);
        reader.next();

        assertThatThrownBy(reader::next).hasMessageContaining("corrupt tar header after 1 entries");
    }

    @Test
    void refusesAGnuLongNameBeyondItsCap() {
        TarReader reader = reader(RawTar.header("././@LongLink", 'L', 1L << 32, header -> {}));

        assertThatThrownBy(reader::next).hasMessageContaining("GNU long name of 4294967296 bytes");
    }

    @Test
    void refusesAPaxHeaderBeyondItsCap() {
        TarReader reader = reader(RawTar.header("PaxHeader", 'x', 1L << 30, header -> {}));

        assertThatThrownBy(reader::next).hasMessageContaining("PAX header of 1073741824 bytes");
    }

    @Test
    void capsThePaxHeadersOfOneEntryTogether() {
        String record = paxRecord("comment", "a".repeat(600 * 1024));
        TarReader reader = reader(
                RawTar.entry("PaxHeader", 'x', record, h -> {}), RawTar.entry("PaxHeader", 'x', record, h -> {}));

        assertThatThrownBy(reader::next).hasMessageContaining("PAX header of " + record.length() + " bytes");
    }

    @Test
    void rejectsAMalformedPaxRecord() {
        TarReader reader = reader(RawTar.entry("PaxHeader", 'x', "99 path=x\n", header -> {}));

        assertThatThrownBy(reader::next).hasMessageContaining("malformed PAX record");
    }

    @Test
    void dataCutShortIsAnError() {
        byte[] header = RawTar.header("etc/passwd", '0', 10_000, h -> {});
        TarReader reader = new TarReader(new ByteArrayInputStream(concat(header, new byte[100])));

        assertThatThrownBy(() -> {
                    reader.next();
                    reader.next();
                })
                .isInstanceOf(EOFException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void aSeekableStreamSkipsEntryDataUnread() throws IOException {
        ReadCountingStream in = new ReadCountingStream(concat(
                RawTar.entry("a", '0', "x".repeat(5000), h -> {}),
                RawTar.entry("b", '0', "y", h -> {}),
                new byte[2 * TarReader.BLOCK_SIZE]));
        TarReader reader = new TarReader(in, "the archive", true);

        assertThat(reader.next().name()).isEqualTo("a");
        assertThat(reader.next().name()).isEqualTo("b");
        assertThat(reader.next()).isNull();
        assertThat(in.bytesRead).isEqualTo(3 * TarReader.BLOCK_SIZE);
    }

    @Test
    void aSeekableStreamCutShortInsideAnEntryIsAnError() {
        byte[] header = RawTar.header("etc/passwd", '0', 10_000, h -> {});
        TarReader reader = new TarReader(new ByteArrayInputStream(concat(header, new byte[100])), "the archive", true);

        assertThatThrownBy(() -> {
                    reader.next();
                    reader.next();
                })
                .isInstanceOf(EOFException.class)
                .hasMessage("the archive ends inside an entry (truncated?)");
    }

    /** Skips as a file's stream does, without reading; counts the bytes read. */
    private static final class ReadCountingStream extends ByteArrayInputStream {
        long bytesRead;

        ReadCountingStream(byte[] content) {
            super(content);
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int read = super.read(buffer, offset, length);
            bytesRead += Math.max(read, 0);
            return read;
        }

        @Override
        public synchronized int read() {
            int read = super.read();
            bytesRead += read < 0 ? 0 : 1;
            return read;
        }
    }

    private static String paxRecord(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int length = body.length() + String.valueOf(body.length()).length();
        if (String.valueOf(length).length() != String.valueOf(body.length()).length()) {
            length++;
        }
        return length + body;
    }

    private static TarArchiveEntry symlink(String name, String target) {
        TarArchiveEntry entry = new TarArchiveEntry(name, TarConstants.LF_SYMLINK);
        entry.setLinkName(target);
        return entry;
    }

    private static byte[] commonsTar(int longFileMode, int bigNumberMode, TarArchiveEntry entry) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(bytes)) {
            tar.setLongFileMode(longFileMode);
            tar.setBigNumberMode(bigNumberMode);
            tar.putArchiveEntry(entry);
            tar.closeArchiveEntry();
        }
        return bytes.toByteArray();
    }

    private static TarReader reader(byte[]... blocks) {
        return new TarReader(new ByteArrayInputStream(concat(concat(blocks), new byte[2 * TarReader.BLOCK_SIZE])));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    /** Tar headers written field by field, for the shapes no tar writer produces. */
    private static final class RawTar {
        static byte[] entry(String name, char type, String data, Consumer<byte[]> fields) {
            byte[] content = data.getBytes(StandardCharsets.UTF_8);
            return concat(header(name, type, content.length, fields), padded(data));
        }

        static byte[] header(String name, char type, long size, Consumer<byte[]> fields) {
            byte[] header = new byte[TarReader.BLOCK_SIZE];
            text(header, 0, name);
            octal(header, 100, 8, 0644);
            octal(header, 108, 8, 0);
            octal(header, 116, 8, 0);
            octal(header, 124, 12, size);
            octal(header, 136, 12, 0);
            header[156] = (byte) type;
            text(header, 257, "ustar\0" + "00");
            fields.accept(header);
            long sum = 0;
            for (int i = 0; i < header.length; i++) {
                sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
            }
            octal(header, 148, 8, sum);
            return header;
        }

        static byte[] padded(String data) {
            byte[] content = data.getBytes(StandardCharsets.UTF_8);
            byte[] padded =
                    new byte[(content.length + TarReader.BLOCK_SIZE - 1) / TarReader.BLOCK_SIZE * TarReader.BLOCK_SIZE];
            System.arraycopy(content, 0, padded, 0, content.length);
            return padded;
        }

        static void text(byte[] header, int offset, String value) {
            byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
            System.arraycopy(bytes, 0, header, offset, bytes.length);
        }

        static void octal(byte[] header, int offset, int length, long value) {
            String digits = String.format("%0" + (length - 1) + "o", value);
            text(header, offset, digits.substring(Math.max(0, digits.length() - (length - 1))));
            header[offset + length - 1] = 0;
        }
    }
}
