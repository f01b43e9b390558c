package io.github.cnbenforcer.tar;

import io.github.cnbenforcer.text.Quote;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The records of a PAX extended header: {@code "<length> <key>=<value>\n"}, one after another. */
final class PaxRecords {
    private PaxRecords() {}

    /** Adds the records of {@code header} to {@code records}; an empty value removes the key, as POSIX says. */
    static void parse(byte[] header, Map<String, String> records) throws IOException {
        int position = 0;
        while (position < header.length && header[position] != 0) {
            int space = position;
            while (space < header.length && header[space] != ' ') {
                space++;
            }
            long length = decimal(
                    new String(header, position, space - position, StandardCharsets.US_ASCII), "PAX record length");
            if (space == header.length
                    || length <= space - position + 1
                    || length > header.length - position
                    || header[position + (int) length - 1] != '\n') {
                throw new IOException("a malformed PAX record");
            }
            int end = position + (int) length;
            String record = new String(header, space + 1, end - 1 - (space + 1), StandardCharsets.UTF_8);
            int equals = record.indexOf('=');
            if (equals <= 0) {
                throw new IOException("a malformed PAX record");
            }
            String key = record.substring(0, equals);
            String value = record.substring(equals + 1);
            if (value.isEmpty()) {
                records.remove(key);
            } else {
                records.put(key, value);
            }
            position = end;
        }
    }

    /** A non-negative decimal number, as PAX writes lengths, sizes and ids. */
    static long decimal(String text, String what) throws IOException {
        try {
            long value = Long.parseLong(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IOException("an invalid " + what + " " + Quote.of(text, 40));
        }
    }
}
