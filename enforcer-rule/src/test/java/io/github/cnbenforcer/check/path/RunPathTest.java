package io.github.cnbenforcer.check.path;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.api.Test;

class RunPathTest {
    private final RunPath check = new RunPath();

    private Verdict evaluate(ConfigBuilder config) {
        return check.evaluate(TestImages.run(config));
    }

    @Test
    void absolutePathsAreSatisfied() {
        assertSatisfied(evaluate(ConfigBuilder.linux().env("PATH", "/usr/bin:/bin")));
    }

    @Test
    void explicitlyEmptyPathIsSatisfied() {
        assertSatisfied(evaluate(ConfigBuilder.linux().env("PATH", "")));
    }

    @Test
    void missingPathIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux())).isEqualTo("PATH is not in Env");
    }

    @Test
    void emptyEntryIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().env("PATH", "/usr/bin::/bin")))
                .contains("empty entry");
    }
}
