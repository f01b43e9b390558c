package io.github.cnbenforcer.check.platform;

import io.github.cnbenforcer.image.ImageConfig;
import java.util.Set;

/** {@code architecture-valid}: the config's {@code architecture} is a GOARCH value. */
public final class ArchitectureValid extends GoIdentifierCheck {
    public static final String ID = "architecture-valid";

    /** Go's {@code internal/syslist} known architectures. */
    static final Set<String> GOARCH = Set.of(
            "386",
            "amd64",
            "amd64p32",
            "arm",
            "armbe",
            "arm64",
            "arm64be",
            "loong64",
            "mips",
            "mipsle",
            "mips64",
            "mips64le",
            "mips64p32",
            "mips64p32le",
            "ppc",
            "ppc64",
            "ppc64le",
            "riscv",
            "riscv64",
            "s390",
            "s390x",
            "sparc",
            "sparc64",
            "wasm");

    public ArchitectureValid() {
        super(ID, "architecture", "GOARCH", GOARCH);
    }

    @Override
    protected String value(ImageConfig config) {
        return config.architecture();
    }
}
