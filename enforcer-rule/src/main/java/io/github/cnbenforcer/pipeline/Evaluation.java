package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.outcome.ReportedImage;
import java.util.List;
import java.util.stream.Collectors;

/** What the evaluation of a stack yields: the result of every check, and the images checked. */
final class Evaluation {
    private final List<CheckResult> results;
    private final List<ImageUnderCheck> images;

    Evaluation(List<CheckResult> results, List<ImageUnderCheck> images) {
        this.results = List.copyOf(results);
        this.images = List.copyOf(images);
    }

    /** Image checks first (image by image), then the comparisons. */
    public List<CheckResult> results() {
        return results;
    }

    /** The platform images checked, in the order of the report: build, run, then each mirror. */
    public List<ReportedImage> images() {
        return images.stream()
                .map(image -> new ReportedImage(image.role(), image.image()))
                .collect(Collectors.toList());
    }
}
