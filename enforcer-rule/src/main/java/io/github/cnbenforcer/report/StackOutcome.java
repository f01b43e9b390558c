package io.github.cnbenforcer.report;

import io.github.cnbenforcer.check.EvaluatedImage;
import io.github.cnbenforcer.check.Finding;
import io.github.cnbenforcer.check.Status;
import io.github.cnbenforcer.text.Escape;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The findings of a run, what they mean for the build, and the sentences the log and the exception show. */
public final class StackOutcome {
    /** The overall result, as the report names it. */
    public enum Result {
        PASS,
        WARN,
        FAIL;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final List<Finding> findings;
    private final List<EvaluatedImage> images;
    private final boolean strict;
    private final String error;

    private StackOutcome(List<Finding> findings, List<EvaluatedImage> images, boolean strict, String error) {
        this.findings = List.copyOf(findings);
        this.images = List.copyOf(images);
        this.strict = strict;
        this.error = error;
    }

    public static StackOutcome of(List<Finding> findings, List<EvaluatedImage> images, boolean strict) {
        return new StackOutcome(findings, images, strict, null);
    }

    /** A run that stopped because an image could not be read. */
    public static StackOutcome failed(String error) {
        return new StackOutcome(List.of(), List.of(), false, error);
    }

    public List<Finding> findings() {
        return findings;
    }

    public List<EvaluatedImage> images() {
        return images;
    }

    /** Why the run stopped before the checks, or {@code null}. */
    public String error() {
        return error;
    }

    /** The findings that fail the build: failed ones, and with {@code strict} the unverified ones too. */
    public List<Finding> failures() {
        return findings.stream()
                .filter(f -> f.status() == Status.FAIL || (strict && f.status() == Status.UNVERIFIED))
                .collect(Collectors.toList());
    }

    /** The findings logged as warnings. */
    public List<Finding> warnings() {
        return findings.stream()
                .filter(f -> f.status() == Status.WARN || (!strict && f.status() == Status.UNVERIFIED))
                .collect(Collectors.toList());
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
}
