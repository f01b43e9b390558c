package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;

/** {@code run-rebasable}: the run image's label {@code io.buildpacks.rebasable} is {@code true}. */
public final class RunRebasable extends LabelCheck {
    public static final String ID = "run-rebasable";

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
        return value.equals("true")
                ? Verdict.satisfied(observed(value))
                : Verdict.violated(observed(value) + ", not 'true'");
    }
}
