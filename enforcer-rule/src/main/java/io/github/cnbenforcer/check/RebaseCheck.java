package io.github.cnbenforcer.check;

import java.util.Optional;

/**
 * A check of the run image against the previous run image it replaces, for one platform of the
 * previous image: whether apps built on the previous image can be rebased onto the new one.
 */
public interface RebaseCheck extends Check {
    /** @param next the new run image's platform that pairs with the previous image's */
    Verdict evaluate(ImageUnderCheck previous, ImageUnderCheck next);

    /**
     * The verdict for a platform of the previous image that the new run image does not offer; empty
     * when the check has nothing to say then.
     */
    default Optional<Verdict> missingPlatform(ImageUnderCheck previous) {
        return Optional.empty();
    }
}
