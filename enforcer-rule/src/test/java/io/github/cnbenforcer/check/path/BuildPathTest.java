package io.github.cnbenforcer.check.path;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class BuildPathTest {
    private final BuildPath check = new BuildPath();

    private Verdict evaluate(TestImage config) {
        return check.evaluate(config.asBuild());
    }

    @Test
    void absolutePathsAreSatisfied() {
        assertSatisfied(evaluate(TestImage.linux().env("PATH", "/usr/local/bin:/usr/bin:/bin")))
                .isEqualTo("PATH '/usr/local/bin:/usr/bin:/bin' lists only absolute paths");
    }

    @Test
    void explicitlyEmptyPathIsSatisfied() {
        assertSatisfied(evaluate(TestImage.linux().env("PATH", ""))).isEqualTo("PATH is explicitly empty");
    }

    @Test
    void missingPathIsAViolation() {
        assertViolated(evaluate(TestImage.linux().env("HOME", "/home/cnb"))).isEqualTo("PATH is not in Env");
    }

    @Test
    void envEntryWithoutEqualsSignIsNotAPath() {
        assertViolated(evaluate(TestImage.linux().envEntry("PATH"))).isEqualTo("PATH is not in Env");
    }

    @Test
    void relativeEntryIsAViolation() {
        assertViolated(evaluate(TestImage.linux().env("PATH", "/usr/bin:./node_modules/.bin")))
                .isEqualTo("PATH '/usr/bin:./node_modules/.bin' has a relative entry './node_modules/.bin'");
    }

    @Test
    void windowsPathWithDrivesIsSatisfied() {
        assertSatisfied(evaluate(TestImage.windows().env("PATH", "c:\\Windows\\system32;C:\\Windows")));
    }

    @Test
    void windowsRelativeEntryIsAViolation() {
        assertViolated(evaluate(TestImage.windows().env("PATH", "C:\\Windows;tools")))
                .isEqualTo("PATH 'C:\\Windows;tools' has an entry 'tools' that is not a drive or UNC path");
    }
}
