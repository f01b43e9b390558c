package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelReleasedTest {
    private final LabelReleased check = new LabelReleased();

    private Verdict evaluate(String released) {
        return check.evaluate(
                TestImage.linux().label(BaseLabels.RELEASED, released).asRun());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-05-01",
                "2024-02-29",
                "2024-05-01T12:30:00Z",
                "2024-05-01t12:30:00z",
                "2024-05-01T12:30:00.123456789+02:00",
                "2024-05-01T12:30:00-05:30"
            })
    void rfc3339DatesAndDateTimesAreSatisfied(String released) {
        assertSatisfied(evaluate(released)).contains(released);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "yesterday",
                "2024-5-1",
                "2023-02-29",
                "2024-13-01",
                "01/05/2024",
                "2024-05-01T12:30Z",
                "2024-05-01T12:30:00",
                "2024-05-01 12:30:00Z",
                "1714566600"
            })
    void otherValuesAreViolations(String released) {
        assertViolated(evaluate(released)).endsWith(", not an RFC 3339 date or date-time");
    }
}
