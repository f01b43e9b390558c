package io.github.cnbenforcer.check.labels;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code run-base-id-characters}: a set {@code io.buildpacks.base.id} holds only ASCII letters, digits,
 * {@code .}, {@code /} and {@code -}. A label that is not set is {@link RunBaseId}'s concern.
 */
public final class RunBaseIdCharacters extends AbstractCheck implements ImageCheck {
    public static final String ID = "run-base-id-characters";

    private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9./-]");

    public RunBaseIdCharacters() {
        super(
                ID,
                Level.MUST,
                Scope.RUN,
                "The target ID MUST only contain numbers, letters, and the characters ., /, and -.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck image) {
        Optional<String> id = image.config().label(BaseLabels.BASE_ID).filter(value -> !value.isEmpty());
        if (id.isEmpty()) {
            return Verdict.satisfied("label " + BaseLabels.BASE_ID + " is not set: there is no target ID to judge");
        }
        Set<String> others = new LinkedHashSet<>();
        Matcher other = OTHER.matcher(id.get());
        while (other.find()) {
            others.add(other.group());
        }
        String observed = "label " + BaseLabels.BASE_ID + " is " + Quote.of(id.get());
        return others.isEmpty()
                ? Verdict.satisfied(observed)
                : Verdict.violated(observed + ", which holds " + Quote.of(String.join("", others))
                        + ": only letters, digits, '.', '/' and '-' are allowed");
    }
}
