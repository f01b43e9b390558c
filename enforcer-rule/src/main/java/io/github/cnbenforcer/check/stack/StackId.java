package io.github.cnbenforcer.check.stack;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;

/**
 * {@code stack-id}: the deprecated label {@code io.buildpacks.stack.id} is set on every image, and a run
 * image or mirror has the stack ID of the build image it is paired with. The lifecycle's rebaser refuses
 * a run image without it for apps built on Platform API below 0.12, and {@code pack builder create},
 * when {@code builder.toml} sets {@code [stack] id}, refuses a build image, run image or mirror whose
 * stack ID is another (pack's {@code pkg/client/create_builder.go}).
 */
public final class StackId extends AbstractCheck implements ImageCheck {
    public static final String ID = "stack-id";

    public StackId() {
        super(
                ID,
                Level.SHOULD,
                Scope.EACH,
                "For compatibility with older platforms and older buildpacks, the image config's Label field"
                        + " has the label io.buildpacks.stack.id set to the stack ID (deprecated in Platform API"
                        + " 0.12).");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        Optional<String> stackId = of(image.config());
        if (stackId.isEmpty()) {
            return Verdict.violated("label " + BaseLabels.STACK_ID + " is not set: the rebaser needs it for apps"
                    + " built on Platform API below 0.12, and older buildpacks for their stacks");
        }
        String observed = "label " + BaseLabels.STACK_ID + " is " + Quote.of(stackId.get());
        Optional<String> buildStackId = image.pairedBuild().flatMap(build -> of(build.config()));
        if (buildStackId.isEmpty()) {
            return Verdict.satisfied(observed);
        }
        return buildStackId.equals(stackId)
                ? Verdict.satisfied(observed + ", as on the build image")
                : Verdict.violated(observed + " but the build image's is " + Quote.of(buildStackId.get())
                        + ": pack builder create refuses one of them when builder.toml sets [stack] id");
    }

    /** The stack ID an image sets; a blank label sets none, as the rebaser reads it. */
    static Optional<String> of(ImageConfig config) {
        return config.label(BaseLabels.STACK_ID).filter(value -> !value.isBlank());
    }
}
