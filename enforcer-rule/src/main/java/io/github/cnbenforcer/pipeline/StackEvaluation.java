package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.MirrorCheck;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.PairingCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.PlatformPairing;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs every check on a resolved stack, and says which images are compared with which. Each platform
 * image of the build image, the run image and each mirror (every platform, or those the
 * {@code platforms} entries select) gets the image checks of its role once. The build and run
 * platforms are paired ({@link PlatformPairing}) for the pairing and pair checks; each run platform
 * is compared with the platform of each mirror that pairs with it. Images of one manifest share
 * their filesystem facts, so that their layers are read once.
 */
final class StackEvaluation {
    private final List<Check> checks;
    private final FactsProvider factsProvider;
    private final Map<Digest, ImageFacts> factsByManifest = new ConcurrentHashMap<>();

    public StackEvaluation(List<Check> checks, FactsProvider factsProvider) {
        this.checks = List.copyOf(checks);
        this.factsProvider = factsProvider;
    }

    public Evaluation evaluate(ResolvedStack stack) throws ImageReadException {
        ReferencedImage run = stack.run();
        PlatformPairing buildRun = PlatformPairing.of(stack.build(), run, stack.platforms());
        Map<Platform, ImageUnderCheck> builds =
                underCheck(Role.BUILD, stack.build(), buildRun.firstSelected(), platform -> Optional.empty());
        Map<Platform, ImageUnderCheck> runs = underCheck(
                Role.RUN,
                run,
                run.selectedBy(stack.platforms()),
                platform -> buildRun.firstPairedWith(platform).map(builds::get));
        List<ImageUnderCheck> images = new ArrayList<>(builds.values());
        images.addAll(runs.values());
        List<CheckResult> comparisons = pairingResults(buildRun, stack.build(), run);
        comparisons.addAll(pairResults(buildRun, builds, runs));
        for (ReferencedImage mirror : stack.mirrors()) {
            PlatformPairing runMirror = PlatformPairing.of(run, mirror, stack.platforms());
            Map<Platform, ImageUnderCheck> mirrors = underCheck(
                    Role.MIRROR,
                    mirror,
                    mirror.selectedBy(stack.platforms()),
                    platform -> runMirror
                            .firstPairedWith(platform)
                            .flatMap(runPlatform -> runs.get(runPlatform).pairedBuild()));
            images.addAll(mirrors.values());
            comparisons.addAll(mirrorResults(runs, mirror.reference(), runMirror, mirrors));
        }
        List<CheckResult> results = imageResults(images);
        results.addAll(comparisons);
        return new Evaluation(results, images);
    }

    /**
     * The platform images of one image as the checks see them.
     *
     * @param pairedBuild the build image a platform of this image is compared with, if any
     */
    private Map<Platform, ImageUnderCheck> underCheck(
            Role role,
            ReferencedImage image,
            List<Platform> platforms,
            Function<Platform, Optional<ImageUnderCheck>> pairedBuild)
            throws ImageReadException {
        Map<Platform, ImageUnderCheck> underCheck = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            PlatformImage platformImage = image.image(platform);
            ImageFacts facts = factsByManifest.computeIfAbsent(
                    platformImage.manifestDigest(), digest -> factsProvider.factsOf(platformImage));
            underCheck.put(
                    platform,
                    new ImageUnderCheck(
                            role,
                            platformImage,
                            facts,
                            pairedBuild.apply(platform).orElse(null)));
        }
        return underCheck;
    }

    private List<CheckResult> imageResults(List<ImageUnderCheck> images) {
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck image : images) {
            for (Check check : checks) {
                if (check instanceof ImageCheck && check.scope().appliesTo(image.role())) {
                    results.add(new CheckResult(
                            check,
                            image.role(),
                            image.reference(),
                            image.platform(),
                            ((ImageCheck) check).evaluate(image)));
                }
            }
        }
        return results;
    }

    private List<CheckResult> pairingResults(PlatformPairing pairing, ReferencedImage build, ReferencedImage run) {
        String pair = pairReference(build.reference(), run.reference());
        List<CheckResult> results = new ArrayList<>();
        for (Check check : checks) {
            if (check instanceof PairingCheck) {
                PairingCheck pairingCheck = (PairingCheck) check;
                for (Platform subject : pairingCheck.subjects(pairing)) {
                    results.add(
                            new CheckResult(check, Role.PAIR, pair, subject, pairingCheck.evaluate(pairing, subject)));
                }
            }
        }
        return results;
    }

    private List<CheckResult> pairResults(
            PlatformPairing pairing, Map<Platform, ImageUnderCheck> builds, Map<Platform, ImageUnderCheck> runs) {
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck build : builds.values()) {
            Optional<ImageUnderCheck> run = pairing.partnerOf(build.platform()).map(runs::get);
            if (run.isEmpty()) {
                continue;
            }
            String pair = pairReference(build.reference(), run.get().reference());
            for (Check check : checks) {
                if (check instanceof PairCheck) {
                    results.add(new CheckResult(
                            check, Role.PAIR, pair, build.platform(), ((PairCheck) check).evaluate(build, run.get())));
                }
            }
        }
        return results;
    }

    private List<CheckResult> mirrorResults(
            Map<Platform, ImageUnderCheck> runs,
            String mirrorReference,
            PlatformPairing runMirror,
            Map<Platform, ImageUnderCheck> mirrors) {
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck run : runs.values()) {
            Optional<PlatformImage> mirror =
                    runMirror.partnerOf(run.platform()).map(mirrors::get).map(ImageUnderCheck::image);
            for (Check check : checks) {
                if (check instanceof MirrorCheck) {
                    results.add(new CheckResult(
                            check,
                            Role.MIRROR,
                            mirrorReference,
                            run.platform(),
                            ((MirrorCheck) check).evaluate(run, mirrorReference, mirror)));
                }
            }
        }
        return results;
    }

    private static String pairReference(String build, String run) {
        return build + " + " + run;
    }
}
