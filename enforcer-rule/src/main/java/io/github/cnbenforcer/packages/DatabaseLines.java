package io.github.cnbenforcer.packages;

import java.nio.charset.StandardCharsets;

/**
 * The lines of a package database, one at a time, without copying the content: a line is decoded
 * only when the parser keeps a value of it, and no kept value may exceed {@value #MAX_VALUE_CHARS}
 * characters. A NUL byte anywhere is an error, as it is for dpkg and apk.
 */
final class DatabaseLines {
    /** Longer than any real field the parsers keep (a long {@code Provides} is a few kilobytes). */
    static final int MAX_VALUE_CHARS = 64 * 1024;

    private final byte[] content;
    private final String database;
    private int next;
    private int start;
    private int end;
    private int number;

    /** @param database names the database in errors ("/var/lib/dpkg/status") */
    DatabaseLines(byte[] content, String database) {
        this.content = content;
        this.database = database;
    }

    /** Moves to the next line; false at the end of the content. */
    boolean advance() throws PackageDatabaseException {
        if (next >= content.length) {
            return false;
        }
        number++;
        start = next;
        int newline = start;
        while (newline < content.length && content[newline] != '\n') {
            if (content[newline] == 0) {
                throw error("contains a NUL byte");
            }
            newline++;
        }
        next = newline + 1;
        end = newline > start && content[newline - 1] == '\r' ? newline - 1 : newline;
        return true;
    }

    /** The number of the current line, from 1. */
    int number() {
        return number;
    }

    int length() {
        return end - start;
    }

    byte byteAt(int index) {
        return content[start + index];
    }

    /** Whether the line is empty or only spaces and tabs. */
    boolean isBlank() {
        for (int i = start; i < end; i++) {
            if (content[i] != ' ' && content[i] != '\t') {
                return false;
            }
        }
        return true;
    }

    /** The index of the first {@code c} in the line, or -1. */
    int indexOf(char c) {
        for (int i = start; i < end; i++) {
            if (content[i] == c) {
                return i - start;
            }
        }
        return -1;
    }

    /** Whether bytes {@code from} to {@code to} are printable ASCII without spaces. */
    boolean isPrintableAscii(int from, int to) {
        for (int i = start + from; i < start + to; i++) {
            if (content[i] < 0x21 || content[i] > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /**
     * The text from {@code from} to the end of the line, decoded as UTF-8 and stripped of surrounding
     * white space.
     *
     * @throws PackageDatabaseException when it is longer than {@value #MAX_VALUE_CHARS} bytes
     */
    String text(int from) throws PackageDatabaseException {
        return text(from, length());
    }

    /** The text of bytes {@code from} to {@code to}, as {@link #text(int)}. */
    String text(int from, int to) throws PackageDatabaseException {
        if (to - from > MAX_VALUE_CHARS) {
            throw error("holds a value longer than " + MAX_VALUE_CHARS + " bytes");
        }
        return new String(content, start + from, to - from, StandardCharsets.UTF_8).strip();
    }

    /** An error about the current line. */
    PackageDatabaseException error(String what) {
        return new PackageDatabaseException(database + " is not well-formed: line " + number + " " + what);
    }

    /** An error about the database as a whole. */
    PackageDatabaseException databaseError(String what) {
        return new PackageDatabaseException(database + " is not well-formed: " + what);
    }
}
