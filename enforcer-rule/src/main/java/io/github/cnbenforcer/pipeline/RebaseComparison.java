package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformPairing;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.packages.PackageDatabases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The previous run image: each of its selected platforms, read with its package database, against the
 * new run platform it pairs with; for a platform the new image lacks, what each check has to say about
 * that. The results are about the new run image.
 */
final class RebaseComparison {
    private RebaseComparison() {}

    /**
     * Adds the previous run image's platforms to {@code images}, and returns the results of the rebase
     * checks.
     *
     * @param runs the run platforms checked
     */
    static List<CheckResult> compare(
            ResolvedStack stack, Map<Platform, ImageUnderCheck> runs, ImagesUnderCheck images, List<Check> checks)
            throws ImageReadException {
        ReferencedImage previous = stack.previous().orElseThrow();
        PlatformPairing previousRun = PlatformPairing.of(previous, stack.run(), stack.platforms());
        Map<Platform, ImageUnderCheck> previousPlatforms = images.add(
                Role.PREVIOUS,
                previous,
                previousRun.firstSelected(),
                ImagesUnderCheck.NO_PAIRED_BUILD,
                PackageDatabases.KEPT_FILES);
        String runReference = stack.run().reference();
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck before : previousPlatforms.values()) {
            Optional<ImageUnderCheck> next =
                    previousRun.partnerOf(before.platform()).map(runs::get);
            for (RebaseCheck check : Checks.ofKind(checks, RebaseCheck.class)) {
                if (next.isPresent()) {
                    results.add(new CheckResult(
                            check, Role.RUN, runReference, next.get().platform(), check.evaluate(before, next.get())));
                } else {
                    check.missingPlatform(before)
                            .ifPresent(verdict -> results.add(
                                    new CheckResult(check, Role.RUN, runReference, before.platform(), verdict)));
                }
            }
        }
        return results;
    }
}
