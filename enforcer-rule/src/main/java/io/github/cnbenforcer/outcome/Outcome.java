package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.text.Escape;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The findings of a run and what they mean for the build: what the log, the build failure and the
 * reports are written from.
 */
public final class Outcome {
    private final List<Finding> findings;
    private final List<ReportedImage> images;
    private final boolean strict;
    private final String error;

    private Outcome(List<Finding> findings, List<ReportedImage> images, boolean strict, String error) {
        this.findings = List.copyOf(findings);
        this.images = List.copyOf(images);
        this.strict = strict;
        this.error = error;
    }

    /** The outcome of a run that checked the images: every result decided by {@code policy}. */
    public static Outcome of(List<CheckResult> results, List<ReportedImage> images, StatusPolicy policy) {
        List<Finding> findings = results.stream().map(policy::decide).collect(Collectors.toList());
        return new Outcome(findings, images, policy.isStrict(), null);
    }

    /** A run that stopped because an image could not be read. */
    public static Outcome failed(String error, StatusPolicy policy) {
        return new Outcome(List.of(), List.of(), policy.isStrict(), error);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<ReportedImage> images() {
        return images;
    }

    /** Whether {@code strict} was on. */
    public boolean isStrict() {
        return strict;
    }

    /** Why the run stopped before the checks, or {@code null}. */
    public String error() {
        return error;
    }

    /** The findings that fail the build. */
    public List<Finding> failures() {
        return withEffect(Effect.FAILURE);
    }

    /** The findings logged as warnings. */
    public List<Finding> warnings() {
        return withEffect(Effect.WARNING);
    }

    public Result result() {
        if (error != null || !failures().isEmpty()) {
            return Result.FAIL;
        }
        return warnings().isEmpty() ? Result.PASS : Result.WARN;
    }

    /**
     * The message of the build failure: one line per failing finding, each escaped as
     * {@link Escape#line} escapes, so that only the line breaks put here break lines.
     */
    public String failureMessage() {
        List<Finding> failures = failures();
        StringBuilder message = new StringBuilder("The CNB base images break ")
                .append(failures.size())
                .append(failures.size() == 1 ? " requirement" : " requirements")
                .append(strict ? " (strict: SHOULD and unverified findings count)" : "")
                .append(":");
        for (Finding failure : failures) {
            message.append(System.lineSeparator()).append("  ").append(Escape.line(failure.toString()));
        }
        return message.toString();
    }

    private List<Finding> withEffect(Effect effect) {
        return findings.stream().filter(f -> f.effect() == effect).collect(Collectors.toList());
    }
}
