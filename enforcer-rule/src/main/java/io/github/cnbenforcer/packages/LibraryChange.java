package io.github.cnbenforcer.packages;

import java.util.List;

/**
 * A shared library of the previous image whose soname (or ABI) the new image no longer offers: a
 * Debian library package replaced by one of the same library under another name ({@code libffi7} by
 * {@code libffi8}), or an Alpine soname gone ({@code so:libssl.so.1.1}, with {@code so:libssl.so.3}
 * in its place).
 */
public final class LibraryChange {
    private final String previous;
    private final List<String> replacements;

    LibraryChange(String previous, List<String> replacements) {
        this.previous = previous;
        this.replacements = List.copyOf(replacements);
    }

    /** The package ({@code libffi7}) or soname ({@code so:libssl.so.1.1}) that apps may be linked against. */
    public String previous() {
        return previous;
    }

    /** What the new image has of the same library instead; empty when nothing. */
    public List<String> replacements() {
        return replacements;
    }

    /** {@code libffi7 → libffi8}, or {@code so:libz.so.1 → none}. */
    @Override
    public String toString() {
        return previous + " → " + (replacements.isEmpty() ? "none" : String.join(", ", replacements));
    }
}
