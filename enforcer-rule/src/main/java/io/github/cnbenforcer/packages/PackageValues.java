package io.github.cnbenforcer.packages;

import java.util.regex.Pattern;

/**
 * The shapes the parsers accept for the values they keep. Both keep values safe to show: package
 * names as dpkg and apk allow them, versions, architectures and provided names as printable ASCII.
 */
final class PackageValues {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9+._~-]{0,254}");
    private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{1,512}");

    private PackageValues() {}

    /** A package name: {@code libssl3}, {@code libstdc++6}, {@code py3-pip}. */
    static boolean isName(String value) {
        return NAME.matcher(value).matches();
    }

    /** A version, architecture or provided name: {@code 1:2.38.1-5}, {@code so:libssl.so.3}. */
    static boolean isToken(String value) {
        return TOKEN.matcher(value).matches();
    }
}
