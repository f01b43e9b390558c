package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.FactsProvider;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.ReferencedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every check on a resolved stack. Each platform image of the build image (or the builder
 * standing in for it), the run image, each mirror and a builder beside the build image (every
 * platform, or those the {@code platforms} entries select) gets the image checks of its role once
 * ({@link ImagesUnderCheck}). Which images are compared with which is each comparison's business: the
 * build and run platforms ({@link BuildRunPairing}), each mirror with the run image
 * ({@link MirrorComparison}), a builder with the build and run images ({@link BuilderComparison}), the
 * previous run image with the new one ({@link RebaseComparison}).
 */
final class StackEvaluation {
    private final List<Check> checks;
    private final FactsProvider factsProvider;

    public StackEvaluation(List<Check> checks, FactsProvider factsProvider) {
        this.checks = List.copyOf(checks);
        this.factsProvider = factsProvider;
    }

    public Evaluation evaluate(ResolvedStack stack) throws ImageReadException {
        ImagesUnderCheck images = new ImagesUnderCheck(factsProvider);
        BuildRunPairing buildRun = BuildRunPairing.of(stack, images);
        List<CheckResult> comparisons = new ArrayList<>(buildRun.results(checks));
        for (ReferencedImage mirror : stack.mirrors()) {
            comparisons.addAll(MirrorComparison.compare(mirror, stack, buildRun.runs(), images, checks));
        }
        if (stack.builder().isPresent()) {
            comparisons.addAll(BuilderComparison.compare(stack, buildRun.builds(), images, checks));
        }
        if (stack.previous().isPresent()) {
            comparisons.addAll(RebaseComparison.compare(stack, buildRun.runs(), images, checks));
        }
        List<CheckResult> results = imageResults(images.all());
        results.addAll(comparisons);
        return new Evaluation(results, images.all());
    }

    /** The image checks of each image's role, image by image. */
    private List<CheckResult> imageResults(List<ImageUnderCheck> images) {
        List<CheckResult> results = new ArrayList<>();
        for (ImageUnderCheck image : images) {
            for (ImageCheck check : Checks.ofKind(checks, ImageCheck.class)) {
                if (check.scope().appliesTo(image.role())) {
                    results.add(new CheckResult(
                            check, image.role(), image.reference(), image.platform(), check.evaluate(image)));
                }
            }
        }
        return results;
    }
}
