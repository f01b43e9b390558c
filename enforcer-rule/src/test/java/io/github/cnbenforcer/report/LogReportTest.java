package io.github.cnbenforcer.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.report.LogReport.Line;
import io.github.cnbenforcer.report.LogReport.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

class LogReportTest {
    private static List<String> texts(List<Line> lines, Severity severity) {
        return lines.stream()
                .filter(line -> line.severity() == severity)
                .map(Line::text)
                .collect(Collectors.toList());
    }

    @Test
    void oneAlignedLinePerImageRead() {
        List<Line> lines = LogReport.of(ReportOutcomes.mixed());

        List<String> read = lines.stream()
                .map(Line::text)
                .filter(text -> text.startsWith("read "))
                .collect(Collectors.toList());
        assertThat(read).hasSize(3);
        assertThat(read.get(0))
                .matches(
                        "read build   oci:images/build                       sha256:[0-9a-f]{64}  linux/amd64  from memory");
        assertThat(read.get(2))
                .matches(
                        "read mirror  registry.example.com/stacks/run:jammy  sha256:[0-9a-f]{64}  linux/amd64  from memory");
    }

    @Test
    void findingsAreGroupedByImageAndAligned() {
        List<String> texts = LogReport.of(ReportOutcomes.mixed()).stream()
                .map(Line::text)
                .filter(text -> !text.startsWith("read "))
                .collect(Collectors.toList());

        assertThat(texts.subList(0, 10))
                .containsExactly(
                        "build  oci:images/build  linux/amd64",
                        "  pass        build-path             MUST    PATH is set",
                        "  warn        label-released         SHOULD  label io.buildpacks.base.released is not set",
                        "  unverified  build-cnb-user-id      MUST    layers are not inspected",
                        "run  oci:images/run  linux/amd64",
                        "  fail        run-path               MUST    PATH is not in Env (its suppression expired after"
                                + " 2027-01-31)",
                        "pair  oci:images/build + oci:images/run  linux/amd64",
                        "  suppressed  run-user-distinct-uid  SHOULD  run User has UID 1000, build User has UID 1000"
                                + " (suppressed: one user by design)",
                        "mirror  registry.example.com/stacks/run:jammy  linux/amd64",
                        "  suppressed  os-valid               MUST    os 'ubuntu' is not a GOOS value (suppressed: the"
                                + " mirror is rebuilt tonight)");
    }

    @Test
    void eachLineIsLoggedAsWhatItMeansForTheBuild() {
        List<Line> lines = LogReport.of(ReportOutcomes.mixed());

        assertThat(texts(lines, Severity.FAILURE))
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains("run-path");
        assertThat(texts(lines, Severity.WARNING))
                .anyMatch(text -> text.contains("label-released"))
                .anyMatch(text -> text.contains("build-cnb-user-id"))
                .as("a suppressed MUST is shown on every run")
                .anyMatch(text -> text.contains("suppressed  os-valid"))
                .anyMatch(text -> text.startsWith("the suppression of run-path") && text.contains("expired"))
                .anyMatch(text -> text.startsWith("the suppression of label-metadata") && text.contains("stale"));
        assertThat(texts(lines, Severity.INFO)).anyMatch(text -> text.contains("suppressed  run-user-distinct-uid"));
        assertThat(texts(lines, Severity.DEBUG))
                .singleElement(InstanceOfAssertFactories.STRING)
                .contains("pass        build-path");
    }

    @Test
    void theLastLineCountsEveryStatus() {
        List<Line> lines = LogReport.of(ReportOutcomes.mixed());

        Line last = lines.get(lines.size() - 1);
        assertThat(last.severity()).isEqualTo(Severity.INFO);
        assertThat(last.text()).isEqualTo("1 passed, 1 warnings, 1 failed, 2 suppressed, 1 unverified");
    }

    @Test
    void valuesFromImagesAreEscaped() {
        List<Line> lines = LogReport.of(ReportOutcomes.hostile());

        assertThat(lines).allSatisfy(line -> assertThat(line.text()).doesNotContain("\u001b", "\n", "\u0000"));
        assertThat(lines.get(0).text()).contains("linux\\u001b[31m[ERROR] forged\\n\\u0000\\ufffe\\ud800/amd64");
    }

    @Test
    void aRunThatCouldNotReadAnImageLogsNothingButItsFailure() {
        assertThat(LogReport.of(ReportOutcomes.unreadable())).isEmpty();
    }
}
