package io.github.cnbenforcer.check.rebase;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.FactUnavailableException;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.rebase.RebaseCompatibility;
import io.github.cnbenforcer.rebase.RunImageTarget;
import java.util.Map;
import java.util.Optional;

/**
 * {@code rebase-target-match}: the lifecycle's rebaser accepts the new run image under apps built on
 * the previous one ({@code TargetSatisfiedForRebase}: the previous image's target data stands for what
 * its apps recorded), and the new image offers every platform the previous one did.
 */
public final class RebaseTargetMatch extends AbstractCheck implements RebaseCheck {
    public static final String ID = "rebase-target-match";

    public RebaseTargetMatch() {
        super(
                ID,
                Level.MUST,
                Scope.PREVIOUS,
                "Base image authors MUST ensure that new run image versions maintain ABI-compatibility with"
                        + " previous versions; the lifecycle's rebaser refuses a new version whose target data (os,"
                        + " architecture, variant, distro) differs from what apps built on the previous one recorded.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck previous, ImageUnderCheck next) {
        RebaseCompatibility compatibility = RebaseCompatibility.of(target(previous), target(next));
        String versus = " (previous run image " + previous.reference() + ")";
        return compatibility.isRefused()
                ? Verdict.violated(compatibility.summary() + versus + ": pack rebase stops with \"unable to satisfy"
                        + " target os/arch constraints\" for every such app unless forced")
                : Verdict.satisfied(compatibility.summary() + versus);
    }

    @Override
    public Optional<Verdict> missingPlatform(ImageUnderCheck previous) {
        return Optional.of(Verdict.violated("the new run image offers no platform matching " + previous.platform()
                + ", which the previous run image " + previous.reference() + " offers: apps built on it for "
                + previous.platform() + " cannot be rebased"));
    }

    private static RunImageTarget target(ImageUnderCheck image) {
        ImageConfig config = image.config();
        return RunImageTarget.of(
                config.os(), config.architecture(), config.variant().orElse(null), config.labels(), osRelease(image));
    }

    /** The image's {@code /etc/os-release}, for notes only: unknown when its layers are not read. */
    private static Optional<Map<String, String>> osRelease(ImageUnderCheck image) {
        try {
            return image.facts().osRelease();
        } catch (FactUnavailableException e) {
            return Optional.empty();
        }
    }
}
