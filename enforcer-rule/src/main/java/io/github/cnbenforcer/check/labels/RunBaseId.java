package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;

/**
 * {@code run-base-id}: the run image's label {@code io.buildpacks.base.id} is set, in reverse domain
 * notation: the part before the first {@code /} (all of it, without one) holds a {@code .}. Which
 * characters it may hold is {@link RunBaseIdCharacters}'s concern.
 */
public final class RunBaseId extends LabelCheck {
    public static final String ID = "run-base-id";

    public RunBaseId() {
        super(
                ID,
                Scope.RUN,
                BaseLabels.BASE_ID,
                "The image config's Label field has the label io.buildpacks.base.id set to the target ID of"
                        + " the run image; the target ID SHOULD use reverse domain notation to avoid name"
                        + " collisions.");
    }

    @Override
    protected Verdict judge(String value) {
        String domain = value.split("/", 2)[0];
        return judgeForm(
                value,
                domain.contains("."),
                "in reverse domain notation (such as io.example.stacks.jammy): " + Quote.of(domain) + " has no '.'");
    }
}
