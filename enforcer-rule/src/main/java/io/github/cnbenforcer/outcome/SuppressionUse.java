package io.github.cnbenforcer.outcome;

import java.util.Locale;
import java.util.Optional;

/** What a suppression did in a run: the log warns about the stale and the expired ones, the reports list all. */
public final class SuppressionUse {
    /** What became of a suppression. */
    public enum State {
        /** It suppressed at least one finding. */
        APPLIED,
        /** It is in force but covered no finding that did not pass: it can be removed. */
        STALE,
        /** Its {@code expires} day has passed: it suppresses nothing any more. */
        EXPIRED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Suppression suppression;
    private final State state;
    private final int findings;

    SuppressionUse(Suppression suppression, State state, int findings) {
        this.suppression = suppression;
        this.state = state;
        this.findings = findings;
    }

    public Suppression suppression() {
        return suppression;
    }

    public State state() {
        return state;
    }

    /** The findings it suppressed or, expired, would have suppressed. */
    public int findings() {
        return findings;
    }

    /** What the log warns about it, if anything: that it expired, or that it is stale. */
    public Optional<String> warning() {
        switch (state) {
            case EXPIRED:
                return Optional.of("the suppression of " + suppression + " expired after "
                        + suppression.expires().orElseThrow() + " and no longer suppresses"
                        + (findings == 0 ? " anything" : " its " + count(findings))
                        + ": fix the images, or renew its <expires> date");
            case STALE:
                return Optional.of("the suppression of " + suppression + " is stale: it matched no finding that"
                        + " did not pass; remove it");
            case APPLIED:
            default:
                return Optional.empty();
        }
    }

    private static String count(int findings) {
        return findings == 1 ? "finding" : findings + " findings";
    }
}
