package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.PlatformImage;

/** A check of a run image mirror against the run image, for one platform. */
public interface MirrorCheck extends Check {
    /**
     * @param mirror the mirror's image of the same platform, or {@code null} when the mirror lacks it
     */
    Verdict evaluate(CheckedImage run, String mirrorReference, PlatformImage mirror);
}
