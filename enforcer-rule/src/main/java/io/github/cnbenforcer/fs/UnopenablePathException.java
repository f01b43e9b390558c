package io.github.cnbenforcer.fs;

/**
 * A path the image holds that its own OS could not open either: a loop of symbolic links (Linux
 * gives up after 40, as the rule does), or something other than a regular file where a file is read.
 * A check that needs the path is violated, not left unverified: the rule read the layers, and this is
 * what they hold.
 */
public final class UnopenablePathException extends FactUnavailableException {
    private static final long serialVersionUID = 1L;

    UnopenablePathException(String message) {
        super(message);
    }
}
