package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.image.ImageConfig;
import java.util.Optional;

/** {@code target-architecture-match}: the build and run images have the same {@code architecture}. */
public final class TargetArchitectureMatch extends TargetFieldMatch {
    public static final String ID = "target-architecture-match";

    public TargetArchitectureMatch() {
        super(ID, "architecture", false);
    }

    @Override
    protected Optional<String> value(ImageConfig config) {
        return specified(config.architecture());
    }
}
