package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RunBaseIdTest {
    private final RunBaseId check = new RunBaseId();

    private Verdict evaluate(String id) {
        return check.evaluate(TestImages.run(ConfigBuilder.linux().label(BaseLabels.BASE_ID, id)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.buildpacks.stacks.jammy", "io.paketo/jammy-tiny", "Heroku-24"})
    void lettersDigitsDotsSlashesAndDashesAreSatisfied(String id) {
        assertSatisfied(evaluate(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"io.paketo:jammy", "my stack", "io_paketo", "ubuntu@22.04", "stäck"})
    void otherCharactersAreViolations(String id) {
        assertViolated(evaluate(id)).contains("characters other than letters, digits");
    }
}
