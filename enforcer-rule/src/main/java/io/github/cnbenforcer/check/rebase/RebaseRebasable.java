package io.github.cnbenforcer.check.rebase;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.RebaseCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;

/**
 * {@code rebase-rebasable}: the new run image does not say {@code io.buildpacks.rebasable=false}. The
 * rebaser reads the label from the app image (Platform API 0.12 and later), which inherits it from the
 * run image it is built on, and refuses exactly {@code false}; a rebase does not copy the label, so
 * the value matters to the apps built on the new image, which could never be rebased again.
 */
public final class RebaseRebasable extends AbstractCheck implements RebaseCheck {
    public static final String ID = "rebase-rebasable";

    /** The one value the rebaser refuses (it compares the text, it does not parse a boolean). */
    static final String REFUSED = "false";

    public RebaseRebasable() {
        super(
                ID,
                Level.MUST,
                Scope.PREVIOUS,
                "New run image versions maintain ABI-compatibility with previous versions, so a new version does"
                        + " not set the label io.buildpacks.rebasable to false, which would make every app built on"
                        + " it unrebasable.");
    }

    @Override
    public Verdict evaluate(ImageUnderCheck previous, ImageUnderCheck next) {
        Optional<String> value = next.config().label(BaseLabels.REBASABLE);
        String observed = "label " + BaseLabels.REBASABLE + " is " + Quote.of(value.orElse(null));
        if (value.filter(REFUSED::equals).isPresent()) {
            return Verdict.violated(observed + ": apps built on the new run image inherit it, and the rebaser"
                    + " refuses to rebase them (\"app image is not marked as rebasable\") unless forced");
        }
        return Verdict.satisfied(observed + ", not 'false'");
    }
}
