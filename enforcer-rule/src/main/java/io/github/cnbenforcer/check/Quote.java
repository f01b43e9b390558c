package io.github.cnbenforcer.check;

/**
 * Shows an observed value in a one-line message: in single quotes, control characters escaped, and
 * cut after {@value #MAX_CHARS} characters.
 */
public final class Quote {
    static final int MAX_CHARS = 80;

    private Quote() {}

    /** {@code 'value'}, or {@code (not set)} for {@code null}. */
    public static String of(String value) {
        if (value == null) {
            return "(not set)";
        }
        StringBuilder quoted = new StringBuilder("'");
        for (int i = 0; i < Math.min(value.length(), MAX_CHARS); i++) {
            char c = value.charAt(i);
            if (c == '\n') {
                quoted.append("\\n");
            } else if (c == '\t') {
                quoted.append("\\t");
            } else if (Character.isISOControl(c)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        if (value.length() > MAX_CHARS) {
            quoted.append('…');
        }
        return quoted.append('\'').toString();
    }
}
