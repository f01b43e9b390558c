package io.github.cnbenforcer.report;

import io.github.cnbenforcer.check.Level;
import io.github.cnbenforcer.outcome.Effect;
import io.github.cnbenforcer.outcome.Finding;
import io.github.cnbenforcer.outcome.Outcome;
import io.github.cnbenforcer.outcome.ReportedImage;
import io.github.cnbenforcer.outcome.Status;
import io.github.cnbenforcer.outcome.Subject;
import io.github.cnbenforcer.outcome.SuppressionUse;
import io.github.cnbenforcer.text.Escape;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The log of a run, as a person reads it in CI: one line per image read (role, reference, digest,
 * platform, where from, and the lifecycle a builder declares); then, image by image (or pair) and platform, each finding that did not pass,
 * in aligned columns (status, check, level, message); the suppressions that expired or are stale;
 * and a closing count. Passes are debug lines. Every value is escaped as {@link Escape#line} escapes.
 */
public final class LogReport {
    /** How a line is logged. */
    public enum Severity {
        DEBUG,
        INFO,
        WARNING,
        /** A finding that fails the build: an error, or a warning where the enforcer's level is WARN. */
        FAILURE
    }

    /** One line of the log. */
    public static final class Line {
        private final Severity severity;
        private final String text;

        Line(Severity severity, String text) {
            this.severity = severity;
            this.text = text;
        }

        public Severity severity() {
            return severity;
        }

        public String text() {
            return text;
        }

        @Override
        public String toString() {
            return severity + " " + text;
        }
    }

    private static final String FINDING_INDENT = "  ";

    private LogReport() {}

    /** The lines of a run that checked the images; none for a run that could not read them (its error says why). */
    public static List<Line> of(Outcome outcome) {
        List<Line> lines = new ArrayList<>();
        if (outcome.error() != null) {
            return lines;
        }
        lines.addAll(imagesRead(outcome.images()));
        lines.addAll(findings(outcome));
        for (SuppressionUse use : outcome.suppressions()) {
            use.warning().ifPresent(warning -> lines.add(new Line(Severity.WARNING, Escape.line(warning))));
        }
        lines.add(new Line(Severity.INFO, summary(outcome)));
        return lines;
    }

    /** {@code N passed, N warnings, N failed, N suppressed, N unverified}. */
    private static String summary(Outcome outcome) {
        return outcome.count(Status.PASS) + " passed, " + outcome.count(Status.WARN) + " warnings, "
                + outcome.count(Status.FAIL) + " failed, " + outcome.count(Status.SUPPRESSED) + " suppressed, "
                + outcome.count(Status.UNVERIFIED) + " unverified";
    }

    private static List<Line> imagesRead(List<ReportedImage> images) {
        List<List<String>> rows = images.stream().map(LogReport::imageRead).collect(Collectors.toList());
        return Columns.align(rows).stream()
                .map(text -> new Line(Severity.INFO, text))
                .collect(Collectors.toList());
    }

    /** Role, reference, digest, platform, where from; and for a builder, the lifecycle it declares. */
    private static List<String> imageRead(ReportedImage image) {
        List<String> row = new ArrayList<>(List.of(
                "read " + image.role().label(),
                Escape.line(image.image().reference()),
                image.image().manifestDigest().toString(),
                Escape.line(image.image().platform().toString()),
                "from " + Escape.line(image.image().location())));
        image.lifecycle().ifPresent(lifecycle -> row.add("declares " + Escape.line(lifecycle.toString())));
        return row;
    }

    private static List<Line> findings(Outcome outcome) {
        Columns columns =
                Columns.fitting(outcome.findings().stream().map(LogReport::row).collect(Collectors.toList()));
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Subject, List<Finding>> group : outcome.bySubject().entrySet()) {
            boolean allPassed = group.getValue().stream().allMatch(f -> f.status() == Status.PASS);
            lines.add(new Line(
                    allPassed ? Severity.DEBUG : Severity.INFO,
                    Escape.line(group.getKey().toString())));
            for (Finding finding : group.getValue()) {
                lines.add(new Line(severity(finding), columns.format(row(finding))));
            }
        }
        return lines;
    }

    /** {@code status  check  level  message}, indented under its image. */
    private static List<String> row(Finding finding) {
        return List.of(
                FINDING_INDENT + finding.status().label(),
                finding.checkId(),
                finding.level().name(),
                Escape.line(finding.messageWithSuppression()));
    }

    private static Severity severity(Finding finding) {
        if (finding.effect() == Effect.FAILURE) {
            return Severity.FAILURE;
        }
        if (finding.effect() == Effect.WARNING) {
            return Severity.WARNING;
        }
        if (finding.status() == Status.SUPPRESSED) {
            // A suppressed MUST is shown on every run, where nobody can miss it.
            return finding.level() == Level.MUST ? Severity.WARNING : Severity.INFO;
        }
        return Severity.DEBUG;
    }
}
