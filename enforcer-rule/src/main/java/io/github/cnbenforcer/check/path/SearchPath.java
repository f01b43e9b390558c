package io.github.cnbenforcer.check.path;

import io.github.cnbenforcer.text.Quote;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A {@code PATH} value judged as a list of absolute paths. Linux separates entries with {@code :},
 * and an empty entry there means the working directory, so it is not absolute. Windows separates
 * them with {@code ;}, ignores empty entries, and allows quoted entries; an entry must be a drive
 * path ({@code C:\Windows}, {@code c:/tools}) or a UNC path ({@code \\server\share}).
 */
final class SearchPath {
    private static final Pattern WINDOWS_ABSOLUTE = Pattern.compile("[A-Za-z]:[\\\\/].*|[\\\\/]{2}[^\\\\/]+[\\\\/].+");

    private SearchPath() {}

    /** What is wrong with the value, e.g. {@code has a relative entry 'bin'}; empty when nothing is. */
    public static Optional<String> problem(String value, boolean windows) {
        return windows ? windowsProblem(value) : linuxProblem(value);
    }

    private static Optional<String> linuxProblem(String value) {
        for (String entry : value.split(":", -1)) {
            if (entry.isEmpty()) {
                return Optional.of("has an empty entry, which means the working directory");
            }
            if (!entry.startsWith("/")) {
                return Optional.of("has a relative entry " + Quote.of(entry));
            }
        }
        return Optional.empty();
    }

    private static Optional<String> windowsProblem(String value) {
        for (String entry : value.split(";", -1)) {
            String unquoted = entry.length() >= 2 && entry.startsWith("\"") && entry.endsWith("\"")
                    ? entry.substring(1, entry.length() - 1)
                    : entry;
            if (!unquoted.isEmpty() && !WINDOWS_ABSOLUTE.matcher(unquoted).matches()) {
                return Optional.of("has an entry " + Quote.of(entry) + " that is not a drive or UNC path");
            }
        }
        return Optional.empty();
    }
}
