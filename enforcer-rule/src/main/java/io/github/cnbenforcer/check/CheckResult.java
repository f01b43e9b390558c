package io.github.cnbenforcer.check;

import io.github.cnbenforcer.image.Platform;

/** The verdict of one check on one image (or pair) and platform: what the evaluation of a stack yields. */
public final class CheckResult {
    private final Check check;
    private final Role role;
    private final String reference;
    private final Platform platform;
    private final Verdict verdict;

    /** @param reference the reference of the image the result is about ({@code build + run} for a pair) */
    public CheckResult(Check check, Role role, String reference, Platform platform, Verdict verdict) {
        this.check = check;
        this.role = role;
        this.reference = reference;
        this.platform = platform;
        this.verdict = verdict;
    }

    public Check check() {
        return check;
    }

    public Role role() {
        return role;
    }

    public String reference() {
        return reference;
    }

    public Platform platform() {
        return platform;
    }

    public Verdict verdict() {
        return verdict;
    }

    @Override
    public String toString() {
        return check.id() + " " + role.label() + " " + reference + " " + platform + ": " + verdict;
    }
}
