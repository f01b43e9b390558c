package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.BuilderCheck;
import io.github.cnbenforcer.check.BuilderPairCheck;
import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.MirrorCheck;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.PairingCheck;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.fs.KeptFiles;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.PlatformPairing;
import io.github.cnbenforcer.image.ReferencedImage;
import io.github.cnbenforcer.packages.PackageDatabases;
import io.github.cnbenforcer.reference.ImageRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Runs every check on a resolved stack, and says which images are compared with which. Each platform
 * image of the build image (or the builder standing in for it), the run image, each mirror and a
 * builder beside the build image (every platform, or those the {@code platforms} entries select) gets
 * the image checks of its role once. The build and run platforms are paired ({@link PlatformPairing})
 * for the pairing and pair checks; each run platform is compared with the platform of each mirror
 * that pairs with it; each builder platform with the run image it names and the build platform it
 * pairs with; each platform of the previous run image with the new run platform it pairs with. Images
 * of one manifest share their filesystem facts, so that their layers are read once.
 */
final class StackEvaluation {
    private final List<Check> checks;
    private final FactsProvider factsProvider;
    private final Map<Digest, ImageFacts> factsByManifest = new ConcurrentHashMap<>();

    public StackEvaluation(List<Check> checks, FactsProvider factsProvider) {
        this.checks = List.copyOf(checks);
        this.factsProvider = factsProvider;
    }

    /** The images checked and the results of the comparisons, gathered in the order of the report. */
    private static final class Gathered {
        private final List<ImageUnderCheck> images = new ArrayList<>();
        private final List<CheckResult> comparisons = new ArrayList<>();
    }

    public Evaluation evaluate(ResolvedStack stack) throws ImageReadException {
        ReferencedImage run = stack.run();
        ReferencedImage build = stack.build().or(stack::builder).orElseThrow();
        PlatformPairing buildRun = PlatformPairing.of(build, run, stack.platforms());
        Map<Platform, ImageUnderCheck> builds = underCheck(
                stack.build().isPresent() ? Role.BUILD : Role.BUILDER,
                build,
                buildRun.firstSelected(),
                platform -> Optional.empty(),
                KeptFiles.NONE);
        Map<Platform, ImageUnderCheck> runs = underCheck(
                Role.RUN,
                run,
                run.selectedBy(stack.platforms()),
                platform -> buildRun.firstPairedWith(platform).map(builds::get),
                stack.previous().isPresent() ? PackageDatabases.KEPT_FILES : KeptFiles.NONE);
        Gathered gathered = new Gathered();
        gathered.images.addAll(builds.values());
        gathered.images.addAll(runs.values());
        gathered.comparisons.addAll(pairingResults(buildRun, build, run));
        gathered.comparisons.addAll(pairResults(buildRun, builds, runs));
        for (ReferencedImage mirror : stack.mirrors()) {
            compareMirror(stack, run, runs, mirror, gathered);
        }
        if (stack.builder().isPresent()) {
            compareBuilder(stack, builds, gathered);
        }
        if (stack.previous().isPresent()) {
            comparePrevious(stack, runs, gathered);
        }
        List<CheckResult> results = imageResults(gathered.images);
        results.addAll(gathered.comparisons);
        return new Evaluation(results, gathered.images);
    }

    private void compareMirror(
            ResolvedStack stack,
            ReferencedImage run,
            Map<Platform, ImageUnderCheck> runs,
            ReferencedImage mirror,
            Gathered gathered)
            throws ImageReadException {
        PlatformPairing runMirror = PlatformPairing.of(run, mirror, stack.platforms());
        Map<Platform, ImageUnderCheck> mirrors = underCheck(
                Role.MIRROR,
                mirror,
                mirror.selectedBy(stack.platforms()),
                platform -> runMirror
                        .firstPairedWith(platform)
                        .flatMap(runPlatform -> runs.get(runPlatform).pairedBuild()),
                KeptFiles.NONE);
        gathered.images.addAll(mirrors.values());
        gathered.comparisons.addAll(mirrorResults(runs, mirror.reference(), runMirror, mirrors));
    }

    /**
     * A builder beside a build image is checked as one and compared with it; a builder that stands in
     * for the build image was checked as such. Either is compared with the run image it names.
     */
    private void compareBuilder(ResolvedStack stack, Map<Platform, ImageUnderCheck> builds, Gathered gathered)
            throws ImageReadException {
        Map<Platform, ImageUnderCheck> builders = builds;
        if (stack.build().isPresent()) {
            ReferencedImage builder = stack.builder().orElseThrow();
            PlatformPairing buildBuilder = PlatformPairing.of(stack.build().get(), builder, stack.platforms());
            builders = underCheck(
                    Role.BUILDER,
                    builder,
                    builder.selectedBy(stack.platforms()),
                    platform -> Optional.empty(),
                    KeptFiles.NONE);
            gathered.images.addAll(builders.values());
            gathered.comparisons.addAll(builderPairResults(buildBuilder, builds, builders));
        }
        gathered.comparisons.addAll(builderResults(builders, stack.runReference()));
    }

    private void comparePrevious(ResolvedStack stack, Map<Platform, ImageUnderCheck> runs, Gathered gathered)
            throws ImageReadException {
        ReferencedImage previous = stack.previous().orElseThrow();
        PlatformPairing previousRun = PlatformPairing.of(previous, stack.run(), stack.platforms());
        Map<Platform, ImageUnderCheck> previousImages = underCheck(
                Role.PREVIOUS,
                previous,
                previousRun.firstSelected(),
                platform -> Optional.empty(),
                PackageDatabases.KEPT_FILES);
        gathered.images.addAll(previousImages.values());
        gathered.comparisons.addAll(
                rebaseResults(previousRun, previousImages, runs, stack.run().reference()));
    }

    /**
     * The platform images of one image as the checks see them.
     *
     * @param pairedBuild the build image a platform of this image is compared with, if any
     * @param keptFiles the files a comparison reads besides the usual facts
     */
    private Map<Platform, ImageUnderCheck> underCheck(
            Role role,
            ReferencedImage image,
            List<Platform> platforms,
            Function<Platform, Optional<ImageUnderCheck>> pairedBuild,
            KeptFiles keptFiles)
            throws ImageReadException {
        Map<Platform, ImageUnderCheck> underCheck = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            PlatformImage platformImage = image.image(platform);
            ImageFacts facts = factsByManifest.computeIfAbsent(
                    platformImage.manifestDigest(), digest -> factsProvider.factsOf(platformImage, keptFiles));
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

    /** Each builder platform against the build platform it pairs with, if any. */
    private List<CheckResult> builderPairResults(
            PlatformPairing buildBuilder,
            Map<Platform, ImageUnderCheck> builds,
            Map<Platform, ImageUnderCheck> builders) {
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck builder : builders.values()) {
            Optional<ImageUnderCheck> build =
                    buildBuilder.firstPairedWith(builder.platform()).map(builds::get);
            for (Check check : checks) {
                if (check instanceof BuilderPairCheck && build.isPresent()) {
                    results.add(
                            builderResult(check, builder, ((BuilderPairCheck) check).evaluate(builder, build.get())));
                }
            }
        }
        return results;
    }

    private List<CheckResult> builderResults(Map<Platform, ImageUnderCheck> builders, ImageRef runImage) {
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck builder : builders.values()) {
            for (Check check : checks) {
                if (check instanceof BuilderCheck) {
                    results.add(builderResult(check, builder, ((BuilderCheck) check).evaluate(builder, runImage)));
                }
            }
        }
        return results;
    }

    private static CheckResult builderResult(Check check, ImageUnderCheck builder, Verdict verdict) {
        return new CheckResult(check, Role.BUILDER, builder.reference(), builder.platform(), verdict);
    }

    /**
     * Each platform of the previous run image against the new run platform it pairs with; for one the
     * new image lacks, what each check has to say about that. The results are about the new run image.
     */
    private List<CheckResult> rebaseResults(
            PlatformPairing previousRun,
            Map<Platform, ImageUnderCheck> previousImages,
            Map<Platform, ImageUnderCheck> runs,
            String runReference) {
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck previous : previousImages.values()) {
            Optional<ImageUnderCheck> next =
                    previousRun.partnerOf(previous.platform()).map(runs::get);
            for (Check check : checks) {
                if (!(check instanceof RebaseCheck)) {
                    continue;
                }
                RebaseCheck rebaseCheck = (RebaseCheck) check;
                if (next.isPresent()) {
                    results.add(new CheckResult(
                            check,
                            Role.RUN,
                            runReference,
                            next.get().platform(),
                            rebaseCheck.evaluate(previous, next.get())));
                } else {
                    rebaseCheck
                            .missingPlatform(previous)
                            .ifPresent(verdict -> results.add(
                                    new CheckResult(check, Role.RUN, runReference, previous.platform(), verdict)));
                }
            }
        }
        return results;
    }

    private static String pairReference(String build, String run) {
        return build + " + " + run;
    }
}
