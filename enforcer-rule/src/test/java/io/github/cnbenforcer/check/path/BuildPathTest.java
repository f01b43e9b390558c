package io.github.cnbenforcer.check.path;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;

class BuildPathTest {
    private final BuildPath check = new BuildPath();

    private Verdict evaluate(ConfigBuilder config) {
        return check.evaluate(TestImages.build(config));
    }

    @Test
    void absolutePathsAreSatisfied() {
        assertSatisfied(evaluate(ConfigBuilder.linux().env("PATH", "/usr/local/bin:/usr/bin:/bin")))
                .isEqualTo("PATH '/usr/local/bin:/usr/bin:/bin' lists only absolute paths");
    }

    @Test
    void explicitlyEmptyPathIsSatisfied() {
        assertSatisfied(evaluate(ConfigBuilder.linux().env("PATH", ""))).isEqualTo("PATH is explicitly empty");
    }

    @Test
    void missingPathIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().env("HOME", "/home/cnb"))).isEqualTo("PATH is not in Env");
    }

    @Test
    void envEntryWithoutEqualsSignIsNotAPath() {
        assertViolated(evaluate(ConfigBuilder.linux().envEntry("PATH"))).isEqualTo("PATH is not in Env");
    }

    @Test
    void relativeEntryIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().env("PATH", "/usr/bin:./node_modules/.bin")))
                .isEqualTo("PATH '/usr/bin:./node_modules/.bin' has a relative entry './node_modules/.bin'");
    }

    @Test
    void windowsPathWithDrivesIsSatisfied() {
        assertSatisfied(evaluate(ConfigBuilder.windows().env("PATH", "c:\\Windows\\system32;C:\\Windows")));
    }

    @Test
    void windowsRelativeEntryIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.windows().env("PATH", "C:\\Windows;tools")))
                .isEqualTo("PATH 'C:\\Windows;tools' has an entry 'tools' that is not a drive or UNC path");
    }
}
