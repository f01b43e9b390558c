package io.github.cnbenforcer.check.stack;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code rebase-stack-id}: where the previous run image has a stack ID, the new one has the same, and
 * offers every mixin the previous one offered (stage prefixes removed), as the lifecycle's rebaser
 * requires for apps built with Platform API before 0.12 ({@code validateStackID},
 * {@code validateMixins}): those apps carry the previous image's labels.
 */
public final class RebaseStackId extends AbstractCheck implements RebaseCheck {
    public static final String ID = "rebase-stack-id";

    public RebaseStackId() {
        super(
                ID,
                Level.MUST,
                Scope.PREVIOUS,
                "New run image versions maintain ABI-compatibility with previous versions: a new version keeps"
                        + " the stack ID (io.buildpacks.stack.id) and the mixins of the previous one, which the"
                        + " rebaser requires for apps built with Platform API before 0.12.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck previous, ImageUnderCheck next) {
        Optional<String> before = StackId.of(previous.config());
        if (before.isEmpty()) {
            return Verdict.satisfied(
                    "the previous run image sets no " + BaseLabels.STACK_ID + ", so there is none to" + " keep");
        }
        Optional<String> after = StackId.of(next.config());
        List<String> problems = new ArrayList<>();
        if (!after.equals(before)) {
            problems.add("label " + BaseLabels.STACK_ID + " is " + Quote.of(after.orElse(null))
                    + ", the previous run image's is " + Quote.of(before.get()));
        }
        MixinList previousMixins = MixinList.of(previous.config());
        MixinList nextMixins = MixinList.of(next.config());
        if (nextMixins.isMalformed()) {
            problems.add("label " + BaseLabels.STACK_MIXINS + " is not a JSON array of strings");
        } else if (!previousMixins.isMalformed()) {
            missing(previousMixins, nextMixins).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            return Verdict.violated(String.join("; ", problems) + ": the rebaser refuses the new image under apps"
                    + " built on the previous one with Platform API before 0.12");
        }
        return Verdict.satisfied("label " + BaseLabels.STACK_ID + " is " + Quote.of(before.get()) + ", as on the"
                + " previous run image, and "
                + (previousMixins.isMalformed()
                        ? "the previous image's " + BaseLabels.STACK_MIXINS + " is not a JSON array of strings (not"
                                + " compared)"
                        : "every mixin of the previous image is offered"));
    }

    private static Optional<String> missing(MixinList previous, MixinList next) {
        List<String> offered = next.withoutStagePrefixes();
        List<String> missing = previous.withoutStagePrefixes().stream()
                .filter(name -> !offered.contains(name))
                .distinct()
                .sorted()
                .map(Quote::of)
                .collect(Collectors.toList());
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("the previous run image's mixins " + String.join(", ", missing) + " are not offered");
    }
}
