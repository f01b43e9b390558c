package io.github.cnbenforcer.check.mirror;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.MirrorCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.PlatformImage;
import java.util.Optional;

/** {@code run-mirror-identical}: each run image mirror offers the run image's config for the platform. */
public final class RunMirrorIdentical extends AbstractCheck implements MirrorCheck {
    public static final String ID = "run-mirror-identical";

    public RunMirrorIdentical() {
        super(
                ID,
                Level.SHOULD,
                Scope.MIRROR,
                "Every run image mirror resolves to the same image (config digest)" + " as the run image.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck run, String mirrorReference, Optional<PlatformImage> mirror) {
        if (mirror.isEmpty()) {
            return Verdict.violated("mirror " + mirrorReference + " offers no platform matching " + run.platform());
        }
        Digest runConfig = run.image().configDigest();
        Digest mirrorConfig = mirror.get().configDigest();
        return mirrorConfig.equals(runConfig)
                ? Verdict.satisfied(
                        "mirror " + mirrorReference + " has the run image's config " + runConfig.abbreviated())
                : Verdict.violated("mirror " + mirrorReference + " has config " + mirrorConfig.abbreviated()
                        + ", the run image has " + runConfig.abbreviated());
    }
}
