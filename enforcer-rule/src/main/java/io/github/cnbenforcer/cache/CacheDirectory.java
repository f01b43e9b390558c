package io.github.cnbenforcer.cache;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;

/** Where the disk cache lives unless the rule is told otherwise. */
public final class CacheDirectory {
    private static final String NAME = "cnb-enforcer";

    private CacheDirectory() {}

    /**
     * {@code $XDG_CACHE_HOME/cnb-enforcer}, or {@code HOME/.cache/cnb-enforcer} when that variable is
     * unset, empty or not an absolute path (which the XDG base directory specification says to ignore).
     *
     * @param environment the process environment ({@link System#getenv()})
     * @param home the user's home directory ({@code user.home})
     */
    public static Path defaultFor(Map<String, String> environment, Path home) {
        String configured = environment.get("XDG_CACHE_HOME");
        Path base = home.resolve(".cache");
        if (configured != null && !configured.isEmpty()) {
            try {
                Path path = Paths.get(configured);
                if (path.isAbsolute()) {
                    base = path;
                }
            } catch (InvalidPathException e) {
                // not a path on this system: ignored, as a relative one is
            }
        }
        return base.resolve(NAME);
    }
}
