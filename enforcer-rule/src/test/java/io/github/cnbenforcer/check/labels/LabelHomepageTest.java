package io.github.cnbenforcer.check.labels;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.BaseLabels;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LabelHomepageTest {
    private final LabelHomepage check = new LabelHomepage();

    private Verdict evaluate(String homepage) {
        return check.evaluate(
                TestImage.linux().label(BaseLabels.HOMEPAGE, homepage).asBuild());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"https://paketo.io", "http://example.com/stacks?x=1#top", "HTTPS://github.com/heroku/base-images"
            })
    void httpUrlsAreSatisfied(String homepage) {
        assertSatisfied(evaluate(homepage));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "paketo.io",
                "ftp://example.com",
                "https://",
                "mailto:me@example.com",
                "https://exa mple.com",
                "file:///etc/passwd"
            })
    void otherValuesAreViolations(String homepage) {
        assertViolated(evaluate(homepage)).endsWith(", not an http(s) URL");
    }
}
