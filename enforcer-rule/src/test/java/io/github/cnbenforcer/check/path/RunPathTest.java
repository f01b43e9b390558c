package io.github.cnbenforcer.check.path;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class RunPathTest {
    private final RunPath check = new RunPath();

    private Verdict evaluate(TestImage config) {
        return check.evaluate(config.asRun());
    }

    @Test
    void absolutePathsAreSatisfied() {
        assertSatisfied(evaluate(TestImage.linux().env("PATH", "/usr/bin:/bin")));
    }

    @Test
    void explicitlyEmptyPathIsSatisfied() {
        assertSatisfied(evaluate(TestImage.linux().env("PATH", "")));
    }

    @Test
    void missingPathIsAViolation() {
        assertViolated(evaluate(TestImage.linux())).isEqualTo("PATH is not in Env");
    }

    @Test
    void emptyEntryIsAViolation() {
        assertViolated(evaluate(TestImage.linux().env("PATH", "/usr/bin::/bin")))
                .contains("empty entry");
    }
}
