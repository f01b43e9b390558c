package io.github.cnbenforcer.check.stack;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.BuilderPairCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;

/**
 * {@code builder-stack-id}: a builder has the stack ID of the build image given beside it, where both
 * set one: {@code pack builder create} copies the build image's labels, so a builder with another
 * stack ID was made from another build image.
 */
public final class BuilderStackId extends AbstractCheck implements BuilderPairCheck {
    public static final String ID = "builder-stack-id";

    public BuilderStackId() {
        super(
                ID,
                Level.SHOULD,
                Scope.BUILDER,
                "A builder is a build image plus buildpacks and the lifecycle: its label io.buildpacks.stack.id"
                        + " (deprecated in Platform API 0.12) is the build image's.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck builder, ImageUnderCheck build) {
        Optional<String> builderStackId = StackId.of(builder.config());
        Optional<String> buildStackId = StackId.of(build.config());
        String observed = "label " + BaseLabels.STACK_ID + " is " + Quote.of(builderStackId.orElse(null));
        if (builderStackId.isEmpty() || buildStackId.isEmpty()) {
            return Verdict.satisfied(observed + ", the build image's " + Quote.of(buildStackId.orElse(null))
                    + " (compared only where both are set)");
        }
        return builderStackId.equals(buildStackId)
                ? Verdict.satisfied(observed + ", as on the build image")
                : Verdict.violated(observed + " but the build image's is " + Quote.of(buildStackId.get())
                        + ": the builder was made from another build image");
    }
}
