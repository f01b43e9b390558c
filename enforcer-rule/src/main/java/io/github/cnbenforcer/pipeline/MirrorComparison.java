package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.MirrorCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.PlatformPairing;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A run image mirror: each of its selected platforms is checked as a run image (paired, through the
 * run platform it matches, with that platform's build image), and each run platform is compared with
 * the mirror's platform that pairs with it.
 */
final class MirrorComparison {
    private MirrorComparison() {}

    /**
     * Adds the mirror's platforms to {@code images}, and returns the results of the mirror checks.
     *
     * @param runs the run platforms checked
     */
    static List<CheckResult> compare(
            ReferencedImage mirror,
            ResolvedStack stack,
            Map<Platform, ImageUnderCheck> runs,
            ImagesUnderCheck images,
            List<Check> checks)
            throws ImageReadException {
        PlatformPairing runMirror = PlatformPairing.of(stack.run(), mirror, stack.platforms());
        Map<Platform, ImageUnderCheck> mirrors = images.add(
                Role.MIRROR,
                mirror,
                mirror.selectedBy(stack.platforms()),
                platform -> runMirror
                        .firstPairedWith(platform)
                        .flatMap(runPlatform -> runs.get(runPlatform).pairedBuild()),
                KeptFiles.NONE);
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck run : runs.values()) {
            Optional<PlatformImage> mirrorPlatform =
                    runMirror.partnerOf(run.platform()).map(mirrors::get).map(ImageUnderCheck::image);
            for (MirrorCheck check : Checks.ofKind(checks, MirrorCheck.class)) {
                results.add(new CheckResult(
                        check,
                        Role.MIRROR,
                        mirror.reference(),
                        run.platform(),
                        check.evaluate(run, mirror.reference(), mirrorPlatform)));
            }
        }
        return results;
    }
}
