package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import java.util.List;
import java.util.Optional;

/**
 * The result of one check on one image (or pair) and platform, with the status and effect the
 * {@link StatusPolicy} gave it: what the log, the build failure and the reports show.
 */
public final class Finding {
    private final CheckResult result;
    private final Status status;
    private final Effect effect;
    private final Suppression suppression;
    private final Suppression expiredSuppression;

    Finding(CheckResult result, Status status, Effect effect) {
        this(result, status, effect, null, null);
    }

    private Finding(
            CheckResult result, Status status, Effect effect, Suppression suppression, Suppression expiredSuppression) {
        this.result = result;
        this.status = status;
        this.effect = effect;
        this.suppression = suppression;
        this.expiredSuppression = expiredSuppression;
    }

    static Finding suppressed(CheckResult result, Suppression suppression) {
        return new Finding(result, Status.SUPPRESSED, Effect.NONE, suppression, null);
    }

    /** This finding, noting that {@code expired} would have accepted it had it not expired. */
    Finding withExpiredSuppression(Suppression expired) {
        return new Finding(result, status, effect, null, expired);
    }

    public Check check() {
        return result.check();
    }

    public String checkId() {
        return result.check().id();
    }

    public Level level() {
        return result.check().level();
    }

    public Status status() {
        return status;
    }

    public Effect effect() {
        return effect;
    }

    public Role role() {
        return result.role();
    }

    /** The reference the finding is about (for a pair, {@code build + run}). */
    public String reference() {
        return result.reference();
    }

    public Platform platform() {
        return result.platform();
    }

    /** The image (or pair) and platform the finding is about: what the log and JUnit group findings by. */
    public Subject subject() {
        return new Subject(role(), reference(), platform());
    }

    public String message() {
        return result.verdict().message();
    }

    /** Every item the message counts, where it names only the first few; empty for most findings. */
    public List<String> details() {
        return result.verdict().details();
    }

    /** The suppression that accepts this finding, for status {@code suppressed}. */
    public Optional<Suppression> suppression() {
        return Optional.ofNullable(suppression);
    }

    /** An expired suppression that would have accepted this finding: why it is not suppressed. */
    public Optional<Suppression> expiredSuppression() {
        return Optional.ofNullable(expiredSuppression);
    }

    /** The message, and what a suppression did or no longer does to the finding. */
    public String messageWithSuppression() {
        if (suppression != null) {
            return message() + " (suppressed: " + suppression.reason() + ")";
        }
        if (expiredSuppression != null) {
            return message() + " (its suppression expired after "
                    + expiredSuppression.expires().orElseThrow() + ")";
        }
        return message();
    }

    /** {@code ID  role  reference  platform: reason}, the form of the failure message. */
    @Override
    public String toString() {
        return checkId() + "  " + subject() + ": " + messageWithSuppression();
    }
}
