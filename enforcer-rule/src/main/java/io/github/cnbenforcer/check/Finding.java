package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.Platform;

/** The result of one check on one image (or pair) and platform. */
public final class Finding {
    private final Check check;
    private final Status status;
    private final Role role;
    private final String reference;
    private final Platform platform;
    private final String message;

    public Finding(Check check, Status status, Role role, String reference, Platform platform, String message) {
        this.check = check;
        this.status = status;
        this.role = role;
        this.reference = reference;
        this.platform = platform;
        this.message = message;
    }

    /**
     * The finding of a verdict: a violated MUST fails, a violated SHOULD warns (fails when
     * {@code strict}), an undecidable check is unverified.
     */
    public static Finding of(
            Check check, Verdict verdict, Role role, String reference, Platform platform, boolean strict) {
        return new Finding(
                check,
                statusOf(check.level(), verdict.outcome(), strict),
                role,
                reference,
                platform,
                verdict.message());
    }

    private static Status statusOf(Level level, Verdict.Outcome outcome, boolean strict) {
        switch (outcome) {
            case SATISFIED:
                return Status.PASS;
            case UNVERIFIED:
                return Status.UNVERIFIED;
            case VIOLATED:
            default:
                return level == Level.MUST || strict ? Status.FAIL : Status.WARN;
        }
    }

    public Check check() {
        return check;
    }

    public String checkId() {
        return check.id();
    }

    public Level level() {
        return check.level();
    }

    public Status status() {
        return status;
    }

    public Role role() {
        return role;
    }

    /** The reference the finding is about (for a pair, the run image's). */
    public String reference() {
        return reference;
    }

    public Platform platform() {
        return platform;
    }

    public String message() {
        return message;
    }

    /** {@code ID  role  reference  platform: reason}, the form of the log and the failure message. */
    @Override
    public String toString() {
        return check.id() + "  " + role.label() + "  " + reference + "  " + platform + ": " + message;
    }
}
