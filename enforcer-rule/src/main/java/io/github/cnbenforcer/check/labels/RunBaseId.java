package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import java.util.regex.Pattern;

/**
 * {@code run-base-id}: the run image's label {@code io.buildpacks.base.id} is set and holds only ASCII
 * letters, digits, {@code .}, {@code /} and {@code -}.
 */
public final class RunBaseId extends LabelCheck {
    public static final String ID = "run-base-id";

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9./-]+");

    public RunBaseId() {
        super(
                ID,
                Scope.RUN,
                BaseLabels.BASE_ID,
                "The image config's Label field has the label"
                        + " io.buildpacks.base.id set to the target ID of the run image; the target ID MUST only contain"
                        + " numbers, letters, and the characters ., /, and -.");
    }

    @Override
    protected Verdict judge(String value) {
        return ALLOWED.matcher(value).matches()
                ? Verdict.satisfied(observed(value))
                : Verdict.violated(
                        observed(value) + ", which holds characters other than letters, digits, '.', '/'" + " and '-'");
    }
}
