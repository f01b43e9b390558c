package io.github.cnbenforcer.fs;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads {@code os-release(5)}: {@code KEY=value} lines, values in shell style (single quotes,
 * double quotes with backslash escapes, or bare words with escapes); comments and lines that are not
 * assignments are skipped.
 */
final class OsReleaseParser {
    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final String DOUBLE_QUOTE_ESCAPABLE = "\"\\`$";

    private OsReleaseParser() {}

    static Map<String, String> parse(String text) {
        Map<String, String> variables = new LinkedHashMap<>();
        for (String line : text.split("\r?\n")) {
            String trimmed = line.strip();
            int equals = trimmed.indexOf('=');
            if (trimmed.startsWith("#") || equals <= 0) {
                continue;
            }
            String key = trimmed.substring(0, equals).strip();
            if (KEY.matcher(key).matches()) {
                variables.put(key, unquote(trimmed.substring(equals + 1).strip()));
            }
        }
        return variables;
    }

    /** The value a shell would assign: quotes removed, escapes applied. */
    static String unquote(String value) {
        StringBuilder result = new StringBuilder(value.length());
        char quote = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean hasNext = i + 1 < value.length();
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                } else {
                    result.append(c);
                }
            } else if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                } else if (c == '\\' && hasNext && DOUBLE_QUOTE_ESCAPABLE.indexOf(value.charAt(i + 1)) >= 0) {
                    result.append(value.charAt(++i));
                } else {
                    result.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '\\' && hasNext) {
                result.append(value.charAt(++i));
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }
}
