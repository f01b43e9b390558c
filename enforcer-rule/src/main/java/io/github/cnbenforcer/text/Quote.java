package io.github.cnbenforcer.text;

/**
 * Shows an observed value in a one-line message: in single quotes, escaped as {@link Escape#line}
 * escapes, and cut after {@value #MAX_CHARS} characters.
 */
public final class Quote {
    static final int MAX_CHARS = 80;

    private Quote() {}

    /** {@code 'value'}, or {@code (not set)} for {@code null}. */
    public static String of(String value) {
        if (value == null) {
            return "(not set)";
        }
        if (value.length() <= MAX_CHARS) {
            return "'" + Escape.line(value) + "'";
        }
        int cut = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return "'" + Escape.line(value.substring(0, cut)) + "…'";
    }
}
