package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;

/**
 * The one place that decides what a check's verdict means for the build: a satisfied check passes; a
 * violated MUST fails; a violated SHOULD warns; an undecided check is unverified and warns. With
 * {@code strict}, violated SHOULDs fail (status {@code fail}) and unverified checks fail the build
 * while keeping their status {@code unverified}.
 */
public final class StatusPolicy {
    private final boolean strict;

    private StatusPolicy(boolean strict) {
        this.strict = strict;
    }

    public static StatusPolicy strict(boolean strict) {
        return new StatusPolicy(strict);
    }

    public boolean isStrict() {
        return strict;
    }

    public Finding decide(CheckResult result) {
        switch (result.verdict().kind()) {
            case SATISFIED:
                return new Finding(result, Status.PASS, Effect.NONE);
            case UNVERIFIED:
                return new Finding(result, Status.UNVERIFIED, strict ? Effect.FAILURE : Effect.WARNING);
            case VIOLATED:
            default:
                return result.check().level() == Level.MUST || strict
                        ? new Finding(result, Status.FAIL, Effect.FAILURE)
                        : new Finding(result, Status.WARN, Effect.WARNING);
        }
    }
}
