package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.image.ImageConfig;
import java.util.Optional;

/** {@code target-distro-name-match}: where both images set the distro name label, it is the same. */
public final class TargetDistroNameMatch extends TargetFieldMatch {
    public static final String ID = "target-distro-name-match";

    public TargetDistroNameMatch() {
        super(ID, BaseLabels.DISTRO_NAME, true);
    }

    @Override
    protected Optional<String> value(ImageConfig config) {
        return config.label(BaseLabels.DISTRO_NAME).flatMap(TargetFieldMatch::specified);
    }
}
