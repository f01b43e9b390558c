package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.image.ImageConfig;
import java.util.Optional;

/**
 * {@code target-variant-match}: where both images specify a {@code variant}, it is the same, compared
 * as written ({@code v8} is not {@code v8.2}), as the lifecycle's {@code matches()} compares it.
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
}
