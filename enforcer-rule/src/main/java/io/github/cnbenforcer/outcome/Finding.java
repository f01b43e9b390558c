package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.Check;
import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.image.Platform;
import java.util.List;

/**
 * The result of one check on one image (or pair) and platform, with the status and effect the
 * {@link StatusPolicy} gave it: what the log, the build failure and the reports show.
 */
public final class Finding {
    private final CheckResult result;
    private final Status status;
    private final Effect effect;

    Finding(CheckResult result, Status status, Effect effect) {
        this.result = result;
        this.status = status;
        this.effect = effect;
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

    public String message() {
        return result.verdict().message();
    }

    /** Every item the message counts, where it names only the first few; empty for most findings. */
    public List<String> details() {
        return result.verdict().details();
    }

    /** {@code ID  role  reference  platform: reason}, the form of the log and the failure message. */
    @Override
    public String toString() {
        return checkId() + "  " + role().label() + "  " + reference() + "  " + platform() + ": " + message();
    }
}
