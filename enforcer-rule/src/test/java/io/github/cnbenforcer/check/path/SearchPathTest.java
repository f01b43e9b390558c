package io.github.cnbenforcer.check.path;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchPathTest {
    @ParameterizedTest
    @ValueSource(strings = {"/usr/local/bin:/usr/bin:/bin", "/cnb/process", "/", "/opt/my dir/bin"})
    void absoluteLinuxEntriesAreValid(String path) {
        assertThat(SearchPath.problem(path, false)).isEmpty();
    }

    @Test
    void relativeLinuxEntryIsNamed() {
        assertThat(SearchPath.problem("/usr/bin:bin:/bin", false)).hasValue("has a relative entry 'bin'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/usr/bin::/bin", ":/usr/bin", "/usr/bin:"})
    void emptyLinuxEntryMeansTheWorkingDirectory(String path) {
        assertThat(SearchPath.problem(path, false))
                .hasValueSatisfying(p -> assertThat(p).contains("empty entry"));
    }

    @Test
    void windowsSeparatorIsNotALinuxOne() {
        assertThat(SearchPath.problem("C:\\Windows;C:\\Windows\\system32", false))
                .isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "c:\\Windows\\system32;C:\\Windows",
                "c:/tools",
                "C:\\",
                "\\\\server\\share\\bin",
                "//server/share",
                "\"C:\\Program Files\\Git\\cmd\"",
                "C:\\Windows;",
                "C:\\a;;C:\\b"
            })
    void driveUncAndQuotedWindowsEntriesAreValid(String path) {
        assertThat(SearchPath.problem(path, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"C:", "Windows\\system32", "\\Windows", "%SystemRoot%\\system32", "/usr/bin", "\\\\server"})
    void windowsEntriesWithoutDriveOrShareAreInvalid(String entry) {
        assertThat(SearchPath.problem("C:\\Windows;" + entry, true))
                .hasValueSatisfying(p -> assertThat(p).contains("is not a drive or UNC path"));
    }
}
