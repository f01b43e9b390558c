package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import io.github.cnbenforcer.image.ResolvedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs every check on a stack: for each platform to validate, the build image, the run image, the
 * pair, and each run image mirror.
 */
public final class StackEvaluator {
    private final List<Check> checks;
    private final Check platformPresence;
    private final FactsProvider factsProvider;
    private final boolean strict;
    private final Map<PlatformImage, CheckedImage> checkedImages = new IdentityHashMap<>();

    public StackEvaluator(List<Check> checks, FactsProvider factsProvider, boolean strict) {
        this.checks = List.copyOf(checks);
        this.platformPresence = checks.stream()
                .filter(TargetPlatformMissing.class::isInstance)
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
     * @param platforms the platforms to validate; empty means every platform of the build image
     */
    public Result evaluate(
            ResolvedImage build, ResolvedImage run, List<ResolvedImage> mirrors, List<Platform> platforms)
            throws ImageReadException {
        List<Finding> findings = new ArrayList<>();
        List<EvaluatedImage> images = new ArrayList<>();
        String pairReference = build.reference() + " + " + run.reference();
        for (Platform wanted : platforms.isEmpty() ? build.platforms() : platforms) {
            Optional<Platform> buildPlatform = build.find(wanted);
            Optional<Platform> runPlatform = run.find(wanted);
            findings.add(platformPresence(wanted, build, buildPlatform, run, runPlatform, pairReference));
            if (buildPlatform.isPresent()) {
                CheckedImage buildImage = checked(Role.BUILD, build.image(buildPlatform.get()));
                images.add(new EvaluatedImage(Role.BUILD, buildImage.image()));
                findings.addAll(imageFindings(buildImage));
            }
            if (runPlatform.isPresent()) {
                CheckedImage runImage = checked(Role.RUN, run.image(runPlatform.get()));
                images.add(new EvaluatedImage(Role.RUN, runImage.image()));
                findings.addAll(imageFindings(runImage));
                if (buildPlatform.isPresent()) {
                    findings.addAll(pairFindings(
                            checked(Role.BUILD, build.image(buildPlatform.get())), runImage, pairReference));
                }
                for (ResolvedImage mirror : mirrors) {
                    Optional<Platform> mirrorPlatform = mirror.find(wanted);
                    PlatformImage mirrorImage = mirrorPlatform.isPresent() ? mirror.image(mirrorPlatform.get()) : null;
                    if (mirrorImage != null) {
                        images.add(new EvaluatedImage(Role.RUN, mirrorImage));
                    }
                    findings.addAll(mirrorFindings(runImage, mirror.reference(), mirrorImage));
                }
            }
        }
        return new Result(findings, images);
    }

    private Finding platformPresence(
            Platform wanted,
            ResolvedImage build,
            Optional<Platform> buildPlatform,
            ResolvedImage run,
            Optional<Platform> runPlatform,
            String pairReference) {
        Verdict verdict;
        if (buildPlatform.isPresent() && runPlatform.isPresent()) {
            verdict = Verdict.satisfied("both images offer " + wanted);
        } else if (buildPlatform.isPresent()) {
            verdict = Verdict.violated("the run image offers no " + wanted + " (it offers " + run.platforms() + ")");
        } else if (runPlatform.isPresent()) {
            verdict =
                    Verdict.violated("the build image offers no " + wanted + " (it offers " + build.platforms() + ")");
        } else {
            verdict = Verdict.violated("neither image offers " + wanted + " (build offers " + build.platforms()
                    + ", run offers " + run.platforms() + ")");
        }
        return Finding.of(platformPresence, verdict, Role.PAIR, pairReference, wanted, strict);
    }

    private List<Finding> imageFindings(CheckedImage image) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (check instanceof ImageCheck && check.scope().appliesTo(image.role())) {
                Verdict verdict = ((ImageCheck) check).evaluate(image);
                findings.add(Finding.of(check, verdict, image.role(), image.reference(), image.platform(), strict));
            }
        }
        return findings;
    }

    private List<Finding> pairFindings(CheckedImage build, CheckedImage run, String pairReference) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (check instanceof PairCheck) {
                Verdict verdict = ((PairCheck) check).evaluate(build, run);
                findings.add(Finding.of(check, verdict, Role.PAIR, pairReference, build.platform(), strict));
            }
        }
        return findings;
    }

    private List<Finding> mirrorFindings(CheckedImage run, String mirrorReference, PlatformImage mirror) {
        List<Finding> findings = new ArrayList<>();
        for (Check check : checks) {
            if (check instanceof MirrorCheck) {
                Verdict verdict = ((MirrorCheck) check).evaluate(run, mirrorReference, mirror);
                findings.add(Finding.of(check, verdict, Role.RUN, mirrorReference, run.platform(), strict));
            }
        }
        return findings;
    }

    private CheckedImage checked(Role role, PlatformImage image) {
        return checkedImages.computeIfAbsent(image, i -> new CheckedImage(role, i, factsProvider.factsOf(i)));
    }
}
