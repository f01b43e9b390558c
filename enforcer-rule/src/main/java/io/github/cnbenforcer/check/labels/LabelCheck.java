package io.github.cnbenforcer.check.labels;

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
 * A label that should be set (a blank value is not set) and, for some labels, have a certain form,
 * which subclasses judge in {@link #judge(String)}.
 */
abstract class LabelCheck extends AbstractCheck implements ImageCheck {
    private final String label;

    LabelCheck(String id, Scope scope, String label, String requirement) {
        super(id, Level.SHOULD, scope, requirement);
        this.label = label;
    }

    @Override
    public final Verdict evaluate(ImageUnderCheck image) {
        Optional<String> value = image.config().label(label);
        if (value.isEmpty() || value.get().isBlank()) {
            return Verdict.violated("label " + label + (value.isEmpty() ? " is not set" : " is blank")
                    + unsetConsequence() + BaseLabels.deprecatedInstead(image.config(), label));
        }
        return judge(value.get());
    }

    /** What a label that is not set costs, as text to append to the message; nothing unless a subclass says. */
    protected String unsetConsequence() {
        return "";
    }

    /** The verdict on a set value; any value will do unless a subclass asks for more. */
    protected Verdict judge(String value) {
        return Verdict.satisfied(observed(value));
    }

    /** Satisfied when the value has the form the label asks for, else violated, saying what it is {@code not}. */
    protected final Verdict judgeForm(String value, boolean wellFormed, String not) {
        return wellFormed ? Verdict.satisfied(observed(value)) : Verdict.violated(observed(value) + ", not " + not);
    }

    /** {@code label NAME is 'value'}, the start of every message about a set value. */
    protected final String observed(String value) {
        return "label " + label + " is " + Quote.of(value);
    }
}
