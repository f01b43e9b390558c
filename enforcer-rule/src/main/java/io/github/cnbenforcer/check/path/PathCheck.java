package io.github.cnbenforcer.check.path;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;

/** {@code PATH} is in {@code Env}: explicitly empty, or a list of absolute paths ({@link SearchPath}). */
abstract class PathCheck extends AbstractCheck implements ImageCheck {
    static final String REQUIREMENT = "The image config's Env field has the environment variable PATH set to a"
            + " valid set of paths or explicitly set to empty (PATH=).";

    PathCheck(String id, Scope scope) {
        super(id, Level.MUST, scope, REQUIREMENT);
    }

    @Override
    public final Verdict evaluate(ImageUnderCheck image) {
        Optional<String> path = image.config().envValue("PATH");
        if (path.isEmpty()) {
            return Verdict.violated("PATH is not in Env");
        }
        if (path.get().isEmpty()) {
            return Verdict.satisfied("PATH is explicitly empty");
        }
        Optional<String> problem = SearchPath.problem(path.get(), image.isWindows());
        return problem.isPresent()
                ? Verdict.violated("PATH " + Quote.of(path.get()) + " " + problem.get())
                : Verdict.satisfied("PATH " + Quote.of(path.get()) + " lists only absolute paths");
    }
}
