package io.github.cnbenforcer.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFilesTest {
    @TempDir
    Path directory;

    @Test
    void aReportHasThePermissionsOfAnyFileTheBuildWrites() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path report = directory.resolve("target/report.json");
        Path plain = Files.createFile(directory.resolve("plain"));

        ReportFiles.write(report, out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(report).hasContent("{}");
    }

    @Test
    void aFailedWriteKeepsThePreviousReportAndLeavesNothingBehind() throws Exception {
        Path report = directory.resolve("report.json");
        Files.writeString(report, "previous");

        assertThatThrownBy(() -> ReportFiles.write(report, out -> {
                    out.write("half".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(report).hasContent("previous");
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(report);
        }
    }
}
