package io.github.cnbenforcer.check.user;

import io.github.cnbenforcer.check.AbstractCheck;
import io.github.cnbenforcer.check.ImageCheck;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Scope;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.image.UserSpec;
import io.github.cnbenforcer.text.Quote;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A build image variable of {@code Env} that must hold an ID of the {@code User}: decimal on Linux;
 * on Windows a SID, which the image does not reveal, so only its presence is decided.
 */
abstract class IdVariableCheck extends AbstractCheck implements ImageCheck {
    private final String variable;
    private final String idName;

    /** @param idName what the variable holds, for messages: "UID", "primary GID" */
    IdVariableCheck(String id, String variable, String idName, String requirement) {
        super(id, Level.MUST, Scope.BUILD, requirement);
        this.variable = variable;
        this.idName = idName;
    }

    /** The ID the variable must equal. */
    protected abstract UserFact<Long> expectedId(ImageUser user);

    @Override
    public final Verdict evaluate(ImageUnderCheck image) {
        Optional<String> value = image.config().envValue(variable);
        if (value.isEmpty()) {
            return Verdict.violated(variable + " is not in Env");
        }
        ImageUser user = ImageUser.of(image);
        OptionalLong number = UserSpec.numericId(value.get());
        if (number.isEmpty() && !user.isWindows()) {
            return Verdict.violated(variable + " is " + Quote.of(value.get()) + ", not a decimal " + idName);
        }
        UserFact<Long> expected = expectedId(user);
        if (!expected.isResolved()) {
            return expected.failure(variable + " is " + Quote.of(value.get()) + ": ");
        }
        String label = user.spec().label();
        return number.getAsLong() == expected.value()
                ? Verdict.satisfied(variable + " is " + number.getAsLong() + ", the " + idName + " of " + label)
                : Verdict.violated(variable + " is " + number.getAsLong() + " but " + label + " has " + idName + " "
                        + expected.value());
    }
}
