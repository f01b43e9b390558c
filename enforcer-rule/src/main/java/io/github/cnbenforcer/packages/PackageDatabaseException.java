package io.github.cnbenforcer.packages;

/**
 * A package database that is not well-formed, or larger than the rule reads. The message says where
 * (a line number, a file of {@code /var/lib/dpkg/status.d}) and what, never quoting the content.
 */
public final class PackageDatabaseException extends Exception {
    private static final long serialVersionUID = 1L;

    PackageDatabaseException(String message) {
        super(message);
    }
}
