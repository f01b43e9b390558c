package io.github.cnbenforcer.text;

/**
 * Shows an observed value in a one-line message: in single quotes, escaped as {@link Escape#line}
 * escapes, and cut after {@value #MAX_CHARS} characters (or as many as the caller says), before it is
 * escaped, so that no escape is cut in half.
 */
public final class Quote {
    static final int MAX_CHARS = 80;

    private Quote() {}

    /** {@code 'value'}, or {@code (not set)} for {@code null}. */
    public static String of(String value) {
        return of(value, MAX_CHARS);
    }

    /** {@code 'value'} cut after {@code maxChars} characters, or {@code (not set)} for {@code null}. */
    public static String of(String value, int maxChars) {
        if (value == null) {
            return "(not set)";
        }
        if (value.length() <= maxChars) {
            return "'" + Escape.line(value) + "'";
        }
        int cut = Character.isHighSurrogate(value.charAt(maxChars - 1)) ? maxChars - 1 : maxChars;
        return "'" + Escape.line(value.substring(0, cut)) + "…'";
    }
}
