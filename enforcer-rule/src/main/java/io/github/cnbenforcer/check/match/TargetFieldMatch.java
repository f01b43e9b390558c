package io.github.cnbenforcer.check.match;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.PairCheck;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;

/**
 * One target field that the build and run images must agree on: always, or only where both specify it.
 * An empty value specifies nothing, as in the lifecycle, whose target fields are plain strings.
 */
abstract class TargetFieldMatch extends AbstractCheck implements PairCheck {
    static final String REQUIREMENT = "The build image config and the run image config both specify the same os,"
            + " architecture, variant (if specified), io.buildpacks.base.distro.name (if specified), and"
            + " io.buildpacks.base.distro.version (if specified).";

    private final String field;
    private final boolean onlyWhereBothSpecify;

    TargetFieldMatch(String id, String field, boolean onlyWhereBothSpecify) {
        super(id, Level.MUST, Scope.PAIR, REQUIREMENT);
        this.field = field;
        this.onlyWhereBothSpecify = onlyWhereBothSpecify;
    }

    /** The field as the image specifies it; empty when it does not. */
    protected abstract Optional<String> value(ImageConfig config);

    @Override
    public final Verdict evaluate(ImageUnderCheck build, ImageUnderCheck run) {
        Optional<String> buildValue = value(build.config());
        Optional<String> runValue = value(run.config());
        String observed =
                "build " + field + " is " + show(build.config()) + ", run " + field + " is " + show(run.config());
        if (onlyWhereBothSpecify && (buildValue.isEmpty() || runValue.isEmpty())) {
            return Verdict.satisfied(observed + ": not specified by both");
        }
        return buildValue.equals(runValue) ? Verdict.satisfied(observed) : Verdict.violated(observed);
    }

    private String show(ImageConfig config) {
        return Quote.of(value(config).orElse(null));
    }

    static Optional<String> specified(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isEmpty());
    }
}
