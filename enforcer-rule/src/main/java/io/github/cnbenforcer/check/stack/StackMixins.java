package io.github.cnbenforcer.check.stack;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code stack-mixins}: the deprecated label {@code io.buildpacks.stack.mixins}, where set, is a JSON
 * array of strings; a build image lists no {@code run:} mixin and a run image no {@code build:} one
 * ({@code pack builder create} refuses both); and a run image or mirror lists every mixin without a
 * stage prefix that its build image lists, as {@code pack} and the lifecycle's rebaser require.
 */
public final class StackMixins extends AbstractCheck implements ImageCheck {
    public static final String ID = "stack-mixins";

    public StackMixins() {
        super(
                ID,
                Level.SHOULD,
                Scope.EACH,
                "For compatibility with older platforms and older buildpacks, the image config's Label field"
                        + " has the label io.buildpacks.stack.mixins set to a JSON array containing mixin names"
                        + " for each mixin applied to the image (deprecated in Platform API 0.12).");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        MixinList mixins = MixinList.of(image.config());
        if (mixins.isMalformed()) {
            return Verdict.violated("label " + BaseLabels.STACK_MIXINS + " is " + Quote.of(mixins.raw())
                    + ", not a JSON array of strings");
        }
        List<String> problems = new ArrayList<>();
        Role checkedAs = image.role().checkedAs();
        boolean build = checkedAs == Role.BUILD;
        List<String> otherStage = mixins.withPrefix(build ? MixinList.RUN_ONLY : MixinList.BUILD_ONLY);
        if (!otherStage.isEmpty()) {
            problems.add("a " + checkedAs.label() + " image lists " + (build ? "run" : "build") + "-only mixins "
                    + quoted(otherStage));
        }
        Optional<MixinList> buildMixins = image.pairedBuild().map(paired -> MixinList.of(paired.config()));
        buildMixins.flatMap(required -> missing(required, mixins)).ifPresent(problems::add);
        String observed = "label " + BaseLabels.STACK_MIXINS
                + (mixins.isSet() ? " lists " + mixins.names().size() + " mixins" : " is not set");
        if (!problems.isEmpty()) {
            return Verdict.violated(observed + ", but " + String.join("; ", problems));
        }
        return Verdict.satisfied(
                buildMixins.filter(MixinList::isMalformed).isPresent()
                        ? observed + " (the build image's label is not a JSON array of strings: not compared)"
                        : observed);
    }

    /** The build image's mixins for both stages that {@code run} does not list; empty when none are missing. */
    private static Optional<String> missing(MixinList build, MixinList run) {
        List<String> missing = build.ofBothStages().stream()
                .filter(name -> !run.ofBothStages().contains(name))
                .sorted()
                .distinct()
                .collect(Collectors.toList());
        return missing.isEmpty()
                ? Optional.empty()
                : Optional.of("the build image's mixins " + quoted(missing) + " are not on it (a mixin"
                        + " without build: or run: prefix must be on both images)");
    }

    private static String quoted(List<String> names) {
        return names.stream().sorted().map(Quote::of).collect(Collectors.joining(", "));
    }
}
