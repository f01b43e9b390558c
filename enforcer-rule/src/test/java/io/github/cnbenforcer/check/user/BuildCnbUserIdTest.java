package io.github.cnbenforcer.check.user;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class BuildCnbUserIdTest {
    private final BuildCnbUserId check = new BuildCnbUserId();

    private Verdict evaluate(TestImage config, ImageFacts facts) {
        return check.evaluate(config.asBuild(facts));
    }

    @Test
    void equalNumericUidIsSatisfied() {
        assertSatisfied(evaluate(
                        TestImage.linux().user("1001:1000").env("CNB_USER_ID", "1001"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is 1001, the UID of User '1001:1000'");
    }

    @Test
    void otherUidIsAViolation() {
        assertViolated(evaluate(
                        TestImage.linux().user("cnb").env("CNB_USER_ID", "1000"),
                        FakeFacts.empty().user("cnb", 1001, 1000, "/home/cnb")))
                .isEqualTo("CNB_USER_ID is 1000 but User 'cnb' has UID 1001");
    }

    @Test
    void namedUserIsResolvedThroughPasswd() {
        assertSatisfied(evaluate(
                TestImage.linux().user("heroku").env("CNB_USER_ID", "1000"),
                FakeFacts.empty().user("heroku", 1000, 1000, "/home/heroku")));
    }

    @Test
    void missingVariableIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("1001"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is not in Env");
    }

    @Test
    void nonDecimalValueIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("1001").env("CNB_USER_ID", "cnb"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is 'cnb', not a decimal UID");
    }

    @Test
    void lastEnvEntryWins() {
        assertSatisfied(evaluate(
                TestImage.linux().user("1001").envEntry("CNB_USER_ID=1000").envEntry("CNB_USER_ID=1001"),
                FakeFacts.unavailable()));
    }

    @Test
    void namedUserIsUnverifiedWithoutFacts() {
        assertUnverified(evaluate(TestImage.linux().user("heroku").env("CNB_USER_ID", "1000"), FakeFacts.unavailable()))
                .startsWith("CNB_USER_ID is '1000': ")
                .contains("layers are not inspected");
    }

    @Test
    void nameMissingFromPasswdIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("ghost").env("CNB_USER_ID", "1000"), FakeFacts.empty()))
                .contains("User 'ghost' is not in /etc/passwd");
    }

    @Test
    void windowsSidIsUnverified() {
        assertUnverified(evaluate(
                        TestImage.windows().user("ContainerUser").env("CNB_USER_ID", "S-1-5-93-2-2"),
                        FakeFacts.unavailable()))
                .contains("'S-1-5-93-2-2'", "SID", "'ContainerUser'");
    }

    @Test
    void windowsWithoutVariableIsAViolation() {
        assertViolated(evaluate(TestImage.windows().user("ContainerUser"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is not in Env");
    }
}
