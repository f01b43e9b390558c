package io.github.cnbenforcer.check;

import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ResolvedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Runs every check on a stack. Each platform image of the build image, the run image and each mirror
 * (every platform, or those that {@code platforms} selects) gets its own checks once; then the build
 * and run platforms are paired ({@link PlatformPairing}) for the pair checks, and each run platform is
 * compared with the platform of each mirror that matches it.
 */
public final class StackEvaluator {
    private final List<Check> checks;
    private final TargetPlatformMissing platformPresence;
    private final FactsProvider factsProvider;
    private final boolean strict;
    private final Map<Digest, ImageFacts> factsByManifest = new HashMap<>();

    public StackEvaluator(List<Check> checks, FactsProvider factsProvider, boolean strict) {
        this.checks = List.copyOf(checks);
        this.platformPresence = checks.stream()
                .filter(TargetPlatformMissing.class::isInstance)
                .map(TargetPlatformMissing.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the checks lack " + TargetPlatformMissing.ID));
        this.factsProvider = factsProvider;
        this.strict = strict;
    }

    /** The findings and the images they were read from. */
    public static final class Result {
        private final List<Finding> findings;
        private final List<EvaluatedImage> images;

        Result(List<Finding> findings, List<EvaluatedImage> images) {
            this.findings = Collections.unmodifiableList(findings);
            this.images = Collections.unmodifiableList(images);
        }

        public List<Finding> findings() {
            return findings;
        }

        public List<EvaluatedImage> images() {
            return images;
        }
    }

    /**
     * @param platforms the {@code platforms} entries; empty means every platform of each image
     */
    public Result evaluate(
            ResolvedImage build, ResolvedImage run, List<ResolvedImage> mirrors, List<Platform> platforms)
            throws ImageReadException {
        List<Platform> buildPlatforms = selected(build, platforms);
        List<Platform> runPlatforms = selected(run, platforms);
        PlatformPairing pairing = PlatformPairing.of(buildPlatforms, runPlatforms, singleManifests(build, run));
        Map<Platform, CheckedImage> builds = checked(Role.BUILD, build, buildPlatforms, platform -> Optional.empty());
        Map<Platform, CheckedImage> runs = checked(
                Role.RUN,
                run,
                runPlatforms,
                platform -> pairing.firstPairedWith(platform).map(builds::get));
        List<CheckedImage> images = new ArrayList<>(builds.values());
        images.addAll(runs.values());
        List<Finding> comparisons = presenceFindings(build, buildPlatforms, run, pairing, platforms);
        for (CheckedImage buildImage : builds.values()) {
            pairing.partnerOf(buildImage.platform())
                    .ifPresent(partner -> comparisons.addAll(pairFindings(buildImage, runs.get(partner))));
        }
        for (ResolvedImage mirror : mirrors) {
            images.addAll(checkMirror(run, runs, mirror, platforms, comparisons));
        }
        List<Finding> findings = imageFindings(images);
        findings.addAll(comparisons);
        return new Result(
                findings,
                images.stream()
                        .map(image -> new EvaluatedImage(image.role(), image.image()))
                        .collect(Collectors.toList()));
    }

    /**
     * A mirror's platform images, each paired with the build image of the run platform it matches;
     * adds the comparison of each run platform with the mirror's to {@code comparisons}.
     */
    private List<CheckedImage> checkMirror(
            ResolvedImage run,
            Map<Platform, CheckedImage> runs,
            ResolvedImage mirror,
            List<Platform> platforms,
            List<Finding> comparisons)
            throws ImageReadException {
        List<Platform> mirrorPlatforms = selected(mirror, platforms);
        PlatformPairing pairing =
                PlatformPairing.of(List.copyOf(runs.keySet()), mirrorPlatforms, singleManifests(run, mirror));
        Map<Platform, CheckedImage> mirrorImages = checked(
                Role.RUN,
                mirror,
                mirrorPlatforms,
                platform -> pairing.firstPairedWith(platform)
                        .flatMap(runPlatform -> runs.get(runPlatform).pairedBuild()));
        for (CheckedImage runImage : runs.values()) {
            Optional<CheckedImage> mirrorImage =
                    pairing.partnerOf(runImage.platform()).map(mirrorImages::get);
            comparisons.addAll(mirrorFindings(runImage, mirror.reference(), mirrorImage));
        }
        return List.copyOf(mirrorImages.values());
    }

    /** Every platform of a single manifest or of an index, or those of an index that an entry matches. */
    private static List<Platform> selected(ResolvedImage image, List<Platform> entries) {
        if (entries.isEmpty() || !image.isIndex()) {
            return image.platforms();
        }
        return image.platforms().stream()
                .filter(platform -> entries.stream().anyMatch(platform::matches))
                .collect(Collectors.toList());
    }

    private static boolean singleManifests(ResolvedImage first, ResolvedImage second) {
        return !first.isIndex() && !second.isIndex();
    }

    private Map<Platform, CheckedImage> checked(
            Role role,
            ResolvedImage image,
            List<Platform> platforms,
            Function<Platform, Optional<CheckedImage>> pairedBuild)
            throws ImageReadException {
        Map<Platform, CheckedImage> checked = new LinkedHashMap<>();
        for (Platform platform : platforms) {
            PlatformImage platformImage = image.image(platform);
            // Images of one manifest (a mirror and the run image) have the same layers: read them once.
            ImageFacts facts = factsByManifest.computeIfAbsent(
                    platformImage.manifestDigest(), d -> factsProvider.factsOf(platformImage));
            checked.put(
                    platform,
                    new CheckedImage(
                            role,
                            platformImage,
                            facts,
                            pairedBuild.apply(platform).orElse(null)));
        }
        return checked;
    }

    private List<Finding> imageFindings(List<CheckedImage> images) {
        List<Finding> findings = new ArrayList<>();
        for (CheckedImage image : images) {
            for (Check check : checks) {
                if (check instanceof ImageCheck && check.scope().appliesTo(image.role())) {
                    Verdict verdict = ((ImageCheck) check).evaluate(image);
                    findings.add(Finding.of(check, verdict, image.role(), image.reference(), image.platform(), strict));
                }
            }
        }
        return findings;
    }

    /** {@code target-platform-missing}: per build platform, or per entry of {@code platforms} when given. */
    private List<Finding> presenceFindings(
            ResolvedImage build,
            List<Platform> buildPlatforms,
            ResolvedImage run,
            PlatformPairing pairing,
            List<Platform> entries) {
        String pairReference = pairReference(build.reference(), run.reference());
        List<Finding> findings = new ArrayList<>();
        for (Platform platform : entries.isEmpty() ? buildPlatforms : entries) {
            Verdict verdict = entries.isEmpty()
                    ? platformPresence.forBuildPlatform(platform, pairing, run.platforms())
                    : platformPresence.forEntry(platform, build.platforms(), run.platforms(), pairing);
            findings.add(Finding.of(platformPresence, verdict, Role.PAIR, pairReference, platform, strict));
        }
        return findings;
    }

    private List<Finding> pairFindings(CheckedImage build, CheckedImage run) {
        String pairReference = pairReference(build.reference(), run.reference());
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (check instanceof PairCheck) {
                Verdict verdict = ((PairCheck) check).evaluate(build, run);
                findings.add(Finding.of(check, verdict, Role.PAIR, pairReference, build.platform(), strict));
            }
        }
        return findings;
    }

    private List<Finding> mirrorFindings(CheckedImage run, String mirrorReference, Optional<CheckedImage> mirror) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (check instanceof MirrorCheck) {
                Verdict verdict = ((MirrorCheck) check)
                        .evaluate(
                                run,
                                mirrorReference,
                                mirror.map(CheckedImage::image).orElse(null));
                findings.add(Finding.of(check, verdict, Role.RUN, mirrorReference, run.platform(), strict));
            }
        }
        return findings;
    }

    private static String pairReference(String build, String run) {
        return build + " + " + run;
    }
}
