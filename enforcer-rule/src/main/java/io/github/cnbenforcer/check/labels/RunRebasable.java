package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import java.util.Set;

/**
 * {@code run-rebasable}: the run image's label {@code io.buildpacks.rebasable} is true, read as the
 * lifecycle reads it (Go's {@code strconv.ParseBool}, in its extender's {@code isRebasable}).
 */
public final class RunRebasable extends LabelCheck {
    public static final String ID = "run-rebasable";

    /** What {@code strconv.ParseBool} takes as true, and as false; it rejects anything else. */
    static final Set<String> TRUE = Set.of("1", "t", "T", "TRUE", "true", "True");

    static final Set<String> FALSE = Set.of("0", "f", "F", "FALSE", "false", "False");

    public RunRebasable() {
        super(
                ID,
                Scope.RUN,
                BaseLabels.REBASABLE,
                "The image config's Label field has the label"
                        + " io.buildpacks.rebasable set to true to indicate that new run image versions maintain"
                        + " ABI-compatibility with previous versions.");
    }

    @Override
    protected Verdict judge(String value) {
        if (TRUE.contains(value)) {
            return Verdict.satisfied(observed(value));
        }
        if (FALSE.contains(value)) {
            return Verdict.violated(observed(value) + ", which the lifecycle reads as false" + unsetConsequence());
        }
        return Verdict.violated(
                observed(value) + ", which is not a boolean (strconv.ParseBool rejects it)" + unsetConsequence());
    }

    @Override
    protected String unsetConsequence() {
        return ": when image extensions extend the run image, the lifecycle marks the app image not rebasable";
    }
}
