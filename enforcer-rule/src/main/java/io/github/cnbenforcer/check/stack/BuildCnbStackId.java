package io.github.cnbenforcer.check.stack;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;

/**
 * {@code build-cnb-stack-id}: the build image's {@code CNB_STACK_ID}, which buildpacks older than
 * Buildpack API 0.10 read, is the stack ID of its label {@code io.buildpacks.stack.id}.
 */
public final class BuildCnbStackId extends AbstractCheck implements ImageCheck {
    public static final String ID = "build-cnb-stack-id";

    private static final String VARIABLE = "CNB_STACK_ID";

    public BuildCnbStackId() {
        super(
                ID,
                Level.SHOULD,
                Scope.BUILD,
                "For compatibility with older platforms and older buildpacks, the build image config's Env"
                        + " field has the environment variable CNB_STACK_ID set to the stack ID (deprecated in"
                        + " Platform API 0.12).");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        Optional<String> variable = image.config().envValue(VARIABLE);
        Optional<String> label = StackId.of(image.config());
        String labelState = "label " + BaseLabels.STACK_ID + " is " + Quote.of(label.orElse(null));
        if (variable.isEmpty()) {
            return Verdict.violated(VARIABLE + " is not in Env; " + labelState);
        }
        String observed = VARIABLE + " is " + Quote.of(variable.get());
        return label.equals(variable)
                ? Verdict.satisfied(observed + ", as the label " + BaseLabels.STACK_ID)
                : Verdict.violated(observed + " but " + labelState);
    }
}
