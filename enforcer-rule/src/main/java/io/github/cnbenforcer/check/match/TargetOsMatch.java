package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.image.ImageConfig;
import java.util.Optional;

/** {@code target-os-match}: the build and run images have the same {@code os}. */
public final class TargetOsMatch extends TargetFieldMatch {
    public static final String ID = "target-os-match";

    public TargetOsMatch() {
        super(ID, "os", false);
    }

    @Override
    protected Optional<String> value(ImageConfig config) {
        return specified(config.os());
    }
}
