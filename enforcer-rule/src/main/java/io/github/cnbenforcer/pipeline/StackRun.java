package io.github.cnbenforcer.pipeline;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.StatusPolicy;
import java.util.List;
import java.util.function.Consumer;

/**
 * One run of the rule, from references to outcome: read every image of the stack (then, without a
 * {@code runImage}, the run image the builder names), run every check, fail on any layer that could
 * not be read, and decide what each finding means for the build.
 */
public final class StackRun {
    private final Stack stack;
    private final ImageSources sources;
    private final LayerInspection layers;
    private final StatusPolicy policy;
    private final List<Check> checks;

    /**
     * @param sources the sources to read the images from; closed when the run ends
     * @param checks the checks to run, normally {@link Checks#all()}
     */
    public StackRun(
            Stack stack, ImageSources sources, LayerInspection layers, StatusPolicy policy, List<Check> checks) {
        this.stack = stack;
        this.sources = sources;
        this.layers = layers;
        this.policy = policy;
        this.checks = List.copyOf(checks);
    }

    /** @param activity told what the run is doing, for a deadline's message */
    public Outcome run(Consumer<String> activity) {
        try (sources) {
            ResolvedStack resolved = StackResolution.resolve(stack, sources, activity);
            if (stack.reference(Role.RUN).isEmpty()) {
                Stack named =
                        RunImageFromBuilder.stackOf(stack, resolved.builder().orElseThrow());
                resolved.addAll(StackResolution.resolve(named, sources, activity));
            }
            activity.accept("checking the images (reading their layers where the checks need them)");
            Evaluation evaluation = new StackEvaluation(checks, layers).evaluate(resolved);
            layers.requireReadableLayers();
            return Outcome.of(evaluation.results(), evaluation.images(), policy);
        } catch (ImageReadException e) {
            return Outcome.failed(e.getMessage(), policy);
        }
    }
}
