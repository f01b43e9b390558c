package io.github.cnbenforcer.check.platform;

import io.github.cnbenforcer.image.ImageConfig;
import java.util.Set;

/** {@code os-valid}: the config's {@code os} is a GOOS value. */
public final class OsValid extends GoIdentifierCheck {
    public static final String ID = "os-valid";

    /** Go's {@code internal/syslist} known operating systems. */
    static final Set<String> GOOS = Set.of(
            "aix",
            "android",
            "darwin",
            "dragonfly",
            "freebsd",
            "hurd",
            "illumos",
            "ios",
            "js",
            "linux",
            "nacl",
            "netbsd",
            "openbsd",
            "plan9",
            "solaris",
            "wasip1",
            "windows",
            "zos");

    public OsValid() {
        super(ID, "os", "GOOS", GOOS);
    }

    @Override
    protected String value(ImageConfig config) {
        return config.os();
    }
}
