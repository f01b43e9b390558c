package io.github.cnbenforcer.packages;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What names say about shared libraries. A Debian library package is named after its soname (Debian
 * Policy 8.1): {@code libffi.so.8} is in {@code libffi8}, {@code libssl.so.1.1} in {@code libssl1.1},
 * {@code libtasn1.so.6} in {@code libtasn1-6} (a hyphen when the library's name ends in a digit),
 * sometimes with an ABI suffix ({@code t64} for the 64-bit {@code time_t} transition, {@code g},
 * {@code c2}, {@code ldbl}, {@code v5}); the library is the name without the version and suffix. An
 * Alpine package declares its sonames as {@code so:libssl.so.3}; the library is the name up to
 * {@code .so}.
 */
final class LibraryNames {
    private static final Pattern DEBIAN_LIBRARY_PACKAGE =
            Pattern.compile("(lib[a-z0-9+._-]*?)(?:-|(?<=[a-z+_]))[0-9]+(?:\\.[0-9]+)*(?:t64|ldbl|c2a|c2|gf|g|v5|a)?");
    private static final Pattern SONAME = Pattern.compile("so:(.*\\.so)(?:\\.[0-9.]+)?");

    private LibraryNames() {}

    /** The library a Debian package holds, by its name ({@code libssl} for {@code libssl3t64}); empty for other packages. */
    static Optional<String> debianLibrary(String packageName) {
        Matcher matcher = DEBIAN_LIBRARY_PACKAGE.matcher(packageName);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** Whether a provided name is a soname ({@code so:libssl.so.3}). */
    static boolean isSoname(String provided) {
        return provided.startsWith("so:");
    }

    /** The library of a soname without its version: {@code libssl.so} for {@code so:libssl.so.3}. */
    static String sonameLibrary(String soname) {
        Matcher matcher = SONAME.matcher(soname);
        return matcher.matches() ? matcher.group(1) : soname.substring("so:".length());
    }
}
