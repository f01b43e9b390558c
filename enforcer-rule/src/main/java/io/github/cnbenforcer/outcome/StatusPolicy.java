package io.github.cnbenforcer.outcome;

import io.github.cnbenforcer.check.CheckResult;
import io.github.cnbenforcer.check.Level;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one place that decides what a check's verdict means for the build: a satisfied check passes; a
 * violated MUST fails; a violated SHOULD warns; an undecided check is unverified and warns. With
 * {@code strict}, violated SHOULDs fail (status {@code fail}) and unverified checks fail the build
 * while keeping their status {@code unverified}. A finding that did not pass and that a suppression in
 * force covers is {@code suppressed}, whatever it would have been, and does nothing to the build; one
 * that only an expired suppression covers is decided as if there were none, and says so.
 */
public final class StatusPolicy {
    private final boolean strict;
    private final List<Suppression> suppressions;
    private final LocalDate today;

    private StatusPolicy(boolean strict, List<Suppression> suppressions, LocalDate today) {
        this.strict = strict;
        this.suppressions = List.copyOf(suppressions);
        this.today = Objects.requireNonNull(today);
    }

    /** A policy without suppressions. */
    public static StatusPolicy strict(boolean strict) {
        return new StatusPolicy(strict, List.of(), LocalDate.MIN);
    }

    /** @param today the date suppressions expire against */
    public static StatusPolicy of(boolean strict, List<Suppression> suppressions, LocalDate today) {
        return new StatusPolicy(strict, suppressions, today);
    }

    public boolean isStrict() {
        return strict;
    }

    /** The suppressions, in the order configured. */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    public boolean hasExpired(Suppression suppression) {
        return suppression.hasExpiredBy(today);
    }

    public Finding decide(CheckResult result) {
        Finding finding = byVerdict(result);
        if (finding.status() == Status.PASS) {
            return finding;
        }
        Optional<Suppression> inForce = covering(result, false);
        if (inForce.isPresent()) {
            return Finding.suppressed(result, inForce.get());
        }
        return covering(result, true).map(finding::withExpiredSuppression).orElse(finding);
    }

    private Finding byVerdict(CheckResult result) {
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

    private Optional<Suppression> covering(CheckResult result, boolean expired) {
        return suppressions.stream()
                .filter(suppression -> suppression.covers(result) && hasExpired(suppression) == expired)
                .findFirst();
    }
}
