package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.PairingCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.fs.KeptFiles;
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
 * The build image (or the builder standing in for it) and the run image, paired platform by platform
 * ({@link PlatformPairing}): the build platforms that take part and every selected run platform, each
 * run platform knowing the build platform it pairs with; then the pairing checks, and the pair checks
 * of each build platform that has a partner.
 */
final class BuildRunPairing {
    private final ReferencedImage build;
    private final ReferencedImage run;
    private final PlatformPairing pairing;
    private final Map<Platform, ImageUnderCheck> builds;
    private final Map<Platform, ImageUnderCheck> runs;

    private BuildRunPairing(
            ReferencedImage build,
            ReferencedImage run,
            PlatformPairing pairing,
            Map<Platform, ImageUnderCheck> builds,
            Map<Platform, ImageUnderCheck> runs) {
        this.build = build;
        this.run = run;
        this.pairing = pairing;
        this.builds = builds;
        this.runs = runs;
    }

    /** Pairs the stack's build and run images, and adds their platforms to {@code images}. */
    static BuildRunPairing of(ResolvedStack stack, ImagesUnderCheck images) throws ImageReadException {
        ReferencedImage build = stack.build().or(stack::builder).orElseThrow();
        ReferencedImage run = stack.run();
        PlatformPairing pairing = PlatformPairing.of(build, run, stack.platforms());
        Map<Platform, ImageUnderCheck> builds = images.add(
                stack.build().isPresent() ? Role.BUILD : Role.BUILDER,
                build,
                pairing.firstSelected(),
                ImagesUnderCheck.NO_PAIRED_BUILD,
                KeptFiles.NONE);
        Map<Platform, ImageUnderCheck> runs = images.add(
                Role.RUN,
                run,
                run.selectedBy(stack.platforms()),
                platform -> pairing.firstPairedWith(platform).map(builds::get),
                stack.previous().isPresent() ? PackageDatabases.KEPT_FILES : KeptFiles.NONE);
        return new BuildRunPairing(build, run, pairing, builds, runs);
    }

    /** The build (or builder) platforms checked. */
    Map<Platform, ImageUnderCheck> builds() {
        return builds;
    }

    /** The run platforms checked. */
    Map<Platform, ImageUnderCheck> runs() {
        return runs;
    }

    /** The results of the pairing checks, then those of the pair checks. */
    List<CheckResult> results(List<Check> checks) {
        List<CheckResult> results = new ArrayList<>();
        String pair = pairReference(build.reference(), run.reference());
        for (PairingCheck check : Checks.ofKind(checks, PairingCheck.class)) {
            for (Platform subject : check.subjects(pairing)) {
                results.add(new CheckResult(check, Role.PAIR, pair, subject, check.evaluate(pairing, subject)));
            }
        }
        for (ImageUnderCheck buildPlatform : builds.values()) {
            Optional<ImageUnderCheck> runPlatform =
                    pairing.partnerOf(buildPlatform.platform()).map(runs::get);
            if (runPlatform.isPresent()) {
                results.addAll(pairResults(checks, buildPlatform, runPlatform.get()));
            }
        }
        return results;
    }

    private static List<CheckResult> pairResults(List<Check> checks, ImageUnderCheck build, ImageUnderCheck run) {
        String pair = pairReference(build.reference(), run.reference());
        List<CheckResult> results = new ArrayList<>();
        for (PairCheck check : Checks.ofKind(checks, PairCheck.class)) {
            results.add(new CheckResult(check, Role.PAIR, pair, build.platform(), check.evaluate(build, run)));
        }
        return results;
    }

    private static String pairReference(String build, String run) {
        return build + " + " + run;
    }
}
