package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.BuilderCheck;
import io.github.cnbenforcer.check.BuilderPairCheck;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformPairing;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A builder. Beside a build image, each of its selected platforms is checked as a build image and
 * compared with the build platform it pairs with; standing in for the build image, it was checked as
 * such ({@link BuildRunPairing}). Either way each builder platform is compared with the run image the
 * stack uses.
 */
final class BuilderComparison {
    private BuilderComparison() {}

    /**
     * Adds a builder beside the build image to {@code images}, and returns the results of the builder
     * checks.
     *
     * @param builds the build (or builder) platforms checked
     */
    static List<CheckResult> compare(
            ResolvedStack stack, Map<Platform, ImageUnderCheck> builds, ImagesUnderCheck images, List<Check> checks)
            throws ImageReadException {
        List<CheckResult> results = new ArrayList<>();
        Map<Platform, ImageUnderCheck> builders = builds;
        if (stack.build().isPresent()) {
            ReferencedImage builder = stack.builder().orElseThrow();
            builders = images.add(
                    Role.BUILDER,
                    builder,
                    builder.selectedBy(stack.platforms()),
                    ImagesUnderCheck.NO_PAIRED_BUILD,
                    KeptFiles.NONE);
            results.addAll(comparedWithBuild(stack, builds, builders, checks));
        }
        for (ImageUnderCheck builder : builders.values()) {
            for (BuilderCheck check : Checks.ofKind(checks, BuilderCheck.class)) {
                results.add(result(check, builder, check.evaluate(builder, stack.runReference())));
            }
        }
        return results;
    }

    /** Each builder platform against the build platform it pairs with, if any. */
    private static List<CheckResult> comparedWithBuild(
            ResolvedStack stack,
            Map<Platform, ImageUnderCheck> builds,
            Map<Platform, ImageUnderCheck> builders,
            List<Check> checks) {
        PlatformPairing buildBuilder =
                PlatformPairing.of(stack.build().orElseThrow(), stack.builder().orElseThrow(), stack.platforms());
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck builder : builders.values()) {
            Optional<ImageUnderCheck> build =
                    buildBuilder.firstPairedWith(builder.platform()).map(builds::get);
            if (build.isEmpty()) {
                continue;
            }
            for (BuilderPairCheck check : Checks.ofKind(checks, BuilderPairCheck.class)) {
                results.add(result(check, builder, check.evaluate(builder, build.get())));
            }
        }
        return results;
    }

    private static CheckResult result(Check check, ImageUnderCheck builder, Verdict verdict) {
        return new CheckResult(check, Role.BUILDER, builder.reference(), builder.platform(), verdict);
    }
}
