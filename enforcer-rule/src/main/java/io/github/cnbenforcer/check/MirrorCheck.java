package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.PlatformImage;
import java.util.Optional;

/** A check of a run image mirror against the run image, for one platform of the run image. */
public interface MirrorCheck extends Check {
    /** @param mirror the mirror's image that pairs with the run platform; empty when the mirror has none */
    Verdict evaluate(ImageUnderCheck run, String mirrorReference, Optional<PlatformImage> mirror);
}
