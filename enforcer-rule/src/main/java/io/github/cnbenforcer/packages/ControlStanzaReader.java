package io.github.cnbenforcer.packages;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads dpkg's control-file format (deb822): stanzas of {@code Field: value} lines separated by
 * blank lines, a value continued on lines that start with a space or a tab. Only the fields asked
 * for are kept; the others (descriptions, conffiles) are skipped without being decoded.
 */
final class ControlStanzaReader {
    /** The fields of one stanza that were asked for (names in lower case) and the line it starts on. */
    static final class Stanza {
        private final int line;
        private final Map<String, String> fields;

        Stanza(int line, Map<String, String> fields) {
            this.line = line;
            this.fields = fields;
        }

        int line() {
            return line;
        }

        /** The value of a field, continuation lines joined by a space; empty when absent. */
        String field(String lowerCaseName) {
            return fields.getOrDefault(lowerCaseName, "");
        }

        boolean has(String lowerCaseName) {
            return fields.containsKey(lowerCaseName);
        }
    }

    private static final int LONGEST_KEPT_NAME = 32;

    private final DatabaseLines lines;
    private final Set<String> kept;

    /** @param kept the lower-case names of the fields to keep */
    ControlStanzaReader(DatabaseLines lines, Set<String> kept) {
        this.lines = lines;
        this.kept = kept;
    }

    /** The next stanza, or {@code null} after the last. */
    Stanza next() throws PackageDatabaseException {
        Map<String, String> fields = new HashMap<>();
        String continued = null;
        int firstLine = 0;
        while (lines.advance()) {
            if (lines.isBlank()) {
                if (firstLine > 0) {
                    return new Stanza(firstLine, fields);
                }
                continue;
            }
            byte first = lines.byteAt(0);
            if (first == ' ' || first == '\t') {
                if (firstLine == 0) {
                    throw lines.error("continues a field, but no field precedes it");
                }
                if (continued != null) {
                    continueField(fields, continued);
                }
                continue;
            }
            if (firstLine == 0) {
                firstLine = lines.number();
            }
            continued = startField(fields);
        }
        return firstLine > 0 ? new Stanza(firstLine, fields) : null;
    }

    /** Reads a {@code Field: value} line; returns the field's name when it is kept, else null. */
    private String startField(Map<String, String> fields) throws PackageDatabaseException {
        int colon = lines.indexOf(':');
        if (colon <= 0 || !lines.isPrintableAscii(0, colon)) {
            throw lines.error("is neither a 'Field: value' line nor a continuation line");
        }
        if (colon > LONGEST_KEPT_NAME) {
            return null;
        }
        String name = lines.text(0, colon).toLowerCase(Locale.ROOT);
        if (!kept.contains(name)) {
            return null;
        }
        if (fields.containsKey(name)) {
            throw lines.error("repeats a field of its stanza");
        }
        fields.put(name, lines.text(colon + 1));
        return name;
    }

    private void continueField(Map<String, String> fields, String name) throws PackageDatabaseException {
        String joined = fields.get(name) + " " + lines.text(0);
        if (joined.length() > DatabaseLines.MAX_VALUE_CHARS) {
            throw lines.error("makes a field longer than " + DatabaseLines.MAX_VALUE_CHARS + " characters");
        }
        fields.put(name, joined.strip());
    }
}
