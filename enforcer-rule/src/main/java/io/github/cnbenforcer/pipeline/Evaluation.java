package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.builder.BuilderMetadata;
import io.github.cnbenforcer.builder.BuilderMetadataException;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Role;
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

    /**
     * The platform images checked, in the order of the report: build (or builder), run, each mirror, a
     * builder beside the build image, the previous run image; a builder with the lifecycle it declares.
     */
    public List<ReportedImage> images() {
        return images.stream().map(Evaluation::reported).collect(Collectors.toList());
    }

    private static ReportedImage reported(ImageUnderCheck image) {
        if (image.role() != Role.BUILDER) {
            return new ReportedImage(image.role(), image.image());
        }
        try {
            return new ReportedImage(
                    image.role(),
                    image.image(),
                    BuilderMetadata.fromLabels(image.config().labels())
                            .map(BuilderMetadata::lifecycle)
                            .orElse(null));
        } catch (BuilderMetadataException e) {
            // builder-run-image reports the label
            return new ReportedImage(image.role(), image.image());
        }
    }
}
