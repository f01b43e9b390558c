package io.github.cnbenforcer.check.platform;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.text.Quote;
import java.util.Set;

/** A config field that must hold one of Go's identifiers (the OCI image spec defers to Go's lists). */
abstract class GoIdentifierCheck extends AbstractCheck implements ImageCheck {
    private final String field;
    private final String listName;
    private final Set<String> identifiers;

    /** @param listName the name of Go's list, for messages: "GOOS" */
    GoIdentifierCheck(String id, String field, String listName, Set<String> identifiers) {
        super(
                id,
                Level.MUST,
                Scope.EACH,
                "The image config's os and architecture fields are set to valid"
                        + " identifiers as defined in the OCI Image Specification.");
        this.field = field;
        this.listName = listName;
        this.identifiers = identifiers;
    }

    protected abstract String value(ImageConfig config);

    @Override
    public final Verdict evaluate(ImageUnderCheck image) {
        String value = value(image.config());
        if (value.isEmpty()) {
            return Verdict.violated(field + " is not set");
        }
        return identifiers.contains(value)
                ? Verdict.satisfied(field + " is " + Quote.of(value))
                : Verdict.violated(field + " " + Quote.of(value) + " is not a " + listName + " value");
    }
}
