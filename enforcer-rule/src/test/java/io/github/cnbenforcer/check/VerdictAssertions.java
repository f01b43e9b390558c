package io.github.cnbenforcer.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.assertj.core.api.AbstractStringAssert;

/** Asserts a verdict's outcome, then hands its message on for further assertions. */
public final class VerdictAssertions {
    private VerdictAssertions() {}

    public static AbstractStringAssert<?> assertSatisfied(Verdict verdict) {
        return assertOutcome(verdict, Verdict.Kind.SATISFIED);
    }

    public static AbstractStringAssert<?> assertViolated(Verdict verdict) {
        return assertOutcome(verdict, Verdict.Kind.VIOLATED);
    }

    public static AbstractStringAssert<?> assertUnverified(Verdict verdict) {
        return assertOutcome(verdict, Verdict.Kind.UNVERIFIED);
    }

    private static AbstractStringAssert<?> assertOutcome(Verdict verdict, Verdict.Kind expected) {
        assertThat(verdict.kind()).as("outcome of %s", verdict).isEqualTo(expected);
        assertThat(verdict.message()).as("a verdict's message is one line").doesNotContain("\n");
        return assertThat(verdict.message());
    }
}
