package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.Platform;
import java.util.Optional;

/**
 * {@code target-variant-match}: where both images specify a {@code variant}, it is the same; the
 * defaults {@code arm64/v8} and {@code amd64/v1} count as no variant.
 */
public final class TargetVariantMatch extends TargetFieldMatch {
    public static final String ID = "target-variant-match";

    public TargetVariantMatch() {
        super(ID, "variant", true);
    }

    @Override
    protected Optional<String> value(ImageConfig config) {
        return config.variant();
    }

    @Override
    protected Optional<String> comparable(ImageConfig config) {
        return specified(Platform.normalizeVariant(
                config.architecture(), config.variant().orElse(null)));
    }
}
