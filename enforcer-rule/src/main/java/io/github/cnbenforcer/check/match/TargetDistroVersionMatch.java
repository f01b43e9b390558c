package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.image.ImageConfig;
import java.util.Optional;

/** {@code target-distro-version-match}: where both images set the distro version label, it is the same. */
public final class TargetDistroVersionMatch extends TargetFieldMatch {
    public static final String ID = "target-distro-version-match";

    public TargetDistroVersionMatch() {
        super(ID, BaseLabels.DISTRO_VERSION, true);
    }

    @Override
    protected Optional<String> value(ImageConfig config) {
        return config.label(BaseLabels.DISTRO_VERSION).flatMap(TargetFieldMatch::specified);
    }
}
