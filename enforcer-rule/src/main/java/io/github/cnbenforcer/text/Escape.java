package io.github.cnbenforcer.text;

/**
 * Shows text that came from an image, a registry or a file (config fields, labels, annotations,
 * paths, HTTP headers, exception texts of libraries) as one line that cannot act on a terminal or
 * forge a log line: line breaks, tabs, every other control character (ANSI escapes start with ESC),
 * Unicode line and paragraph separators, bidirectional-text controls, unpaired surrogates and the
 * noncharacters U+FFFE and U+FFFF are shown as {@code \n}, {@code \r}, {@code \t} or
 * {@code \}{@code uXXXX}. Everything else is kept as it is, so escaping twice changes nothing, and
 * what is left is one line of characters that XML 1.0 allows, fit for the XML reports too.
 */
public final class Escape {
    private Escape() {}

    /** {@code text} as one line, escaped; {@code "null"} for {@code null}. */
    public static String line(String text) {
        if (text == null) {
            return "null";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSurrogatePair(text, i)) {
                escaped.append(c).append(text.charAt(++i));
            } else if (isUnsafe(c)) {
                appendEscaped(escaped, c);
            } else {
                escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean isUnsafe(char c) {
        return Character.isISOControl(c)
                || isLineSeparator(c)
                || isBidiControl(c)
                || Character.isSurrogate(c)
                || c == '\ufffe'
                || c == '\uffff';
    }

    private static boolean isSurrogatePair(String text, int index) {
        return Character.isHighSurrogate(text.charAt(index))
                && index + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(index + 1));
    }

    private static boolean isLineSeparator(char c) {
        return c == '\u2028' || c == '\u2029';
    }

    /** Characters that reorder how a terminal shows the text around them (CVE-2021-42574). */
    private static boolean isBidiControl(char c) {
        return c == '\u061c'
                || c == '\u200e'
                || c == '\u200f'
                || (c >= '\u202a' && c <= '\u202e')
                || (c >= '\u2066' && c <= '\u2069');
    }

    private static void appendEscaped(StringBuilder escaped, char c) {
        switch (c) {
            case '\n':
                escaped.append("\\n");
                break;
            case '\r':
                escaped.append("\\r");
                break;
            case '\t':
                escaped.append("\\t");
                break;
            default:
                escaped.append(String.format("\\u%04x", (int) c));
        }
    }
}
