package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.text.Escape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The findings of a run and what they mean for the build: what the log, the build failure and the
 * reports are written from.
 */
public final class Outcome {
    private final List<Finding> findings;
    private final List<ReportedImage> images;
    private final List<SuppressionUse> suppressions;
    private final boolean strict;
    private final String error;

    private Outcome(
            List<Finding> findings,
            List<ReportedImage> images,
            List<SuppressionUse> suppressions,
            boolean strict,
            String error) {
        this.findings = List.copyOf(findings);
        this.images = List.copyOf(images);
        this.suppressions = List.copyOf(suppressions);
        this.strict = strict;
        this.error = error;
    }

    /** The outcome of a run that checked the images: every result decided by {@code policy}. */
    public static Outcome of(List<CheckResult> results, List<ReportedImage> images, StatusPolicy policy) {
        List<Finding> findings = results.stream().map(policy::decide).collect(Collectors.toList());
        return new Outcome(findings, images, uses(policy, findings), policy.isStrict(), null);
    }

    /** A run that stopped because an image could not be read. */
    public static Outcome failed(String error, StatusPolicy policy) {
        return new Outcome(List.of(), List.of(), List.of(), policy.isStrict(), error);
    }

    private static List<SuppressionUse> uses(StatusPolicy policy, List<Finding> findings) {
        List<SuppressionUse> uses = new ArrayList<>();
        for (Suppression suppression : policy.suppressions()) {
            boolean expired = policy.hasExpired(suppression);
            int covered = (int) findings.stream()
                    .map(f -> expired ? f.expiredSuppression() : f.suppression())
                    .filter(s -> s.orElse(null) == suppression)
                    .count();
            SuppressionUse.State state = expired
                    ? SuppressionUse.State.EXPIRED
                    : covered == 0 ? SuppressionUse.State.STALE : SuppressionUse.State.APPLIED;
            uses.add(new SuppressionUse(suppression, state, covered));
        }
        return uses;
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<ReportedImage> images() {
        return images;
    }

    /** What each configured suppression did, in the order configured (none when no image could be read). */
    public List<SuppressionUse> suppressions() {
        return suppressions;
    }

    /** The findings of each image (or pair) and platform, in the order of the findings. */
    public Map<Subject, List<Finding>> bySubject() {
        Map<Subject, List<Finding>> grouped = new LinkedHashMap<>();
        for (Finding finding : findings) {
            grouped.computeIfAbsent(finding.subject(), subject -> new ArrayList<>())
                    .add(finding);
        }
        return grouped;
    }

    /** How many findings have this status. */
    public int count(Status status) {
        return (int) findings.stream().filter(f -> f.status() == status).count();
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
