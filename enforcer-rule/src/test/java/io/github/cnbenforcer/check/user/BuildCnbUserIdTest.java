package io.github.cnbenforcer.check.user;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.ConfigBuilder;
import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.TestImages;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import org.junit.jupiter.api.Test;

class BuildCnbUserIdTest {
    private final BuildCnbUserId check = new BuildCnbUserId();

    private Verdict evaluate(ConfigBuilder config, ImageFacts facts) {
        return check.evaluate(TestImages.build(config, facts));
    }

    @Test
    void equalNumericUidIsSatisfied() {
        assertSatisfied(evaluate(
                        ConfigBuilder.linux().user("1001:1000").env("CNB_USER_ID", "1001"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is 1001, the UID of User '1001:1000'");
    }

    @Test
    void otherUidIsAViolation() {
        assertViolated(evaluate(
                        ConfigBuilder.linux().user("cnb").env("CNB_USER_ID", "1000"),
                        FakeFacts.empty().user("cnb", 1001, 1000, "/home/cnb")))
                .isEqualTo("CNB_USER_ID is 1000 but User 'cnb' has UID 1001");
    }

    @Test
    void namedUserIsResolvedThroughPasswd() {
        assertSatisfied(evaluate(
                ConfigBuilder.linux().user("heroku").env("CNB_USER_ID", "1000"),
                FakeFacts.empty().user("heroku", 1000, 1000, "/home/heroku")));
    }

    @Test
    void missingVariableIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().user("1001"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is not in Env");
    }

    @Test
    void nonDecimalValueIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().user("1001").env("CNB_USER_ID", "cnb"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is 'cnb', not a decimal UID");
    }

    @Test
    void lastEnvEntryWins() {
        assertSatisfied(evaluate(
                ConfigBuilder.linux().user("1001").env("CNB_USER_ID", "1000").env("CNB_USER_ID", "1001"),
                FakeFacts.unavailable()));
    }

    @Test
    void namedUserIsUnverifiedWithoutFacts() {
        assertUnverified(evaluate(
                        ConfigBuilder.linux().user("heroku").env("CNB_USER_ID", "1000"), FakeFacts.unavailable()))
                .startsWith("CNB_USER_ID is '1000': ")
                .contains("layers are not inspected");
    }

    @Test
    void nameMissingFromPasswdIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.linux().user("ghost").env("CNB_USER_ID", "1000"), FakeFacts.empty()))
                .contains("User 'ghost' is not in /etc/passwd");
    }

    @Test
    void windowsSidIsUnverified() {
        assertUnverified(evaluate(
                        ConfigBuilder.windows().user("ContainerUser").env("CNB_USER_ID", "S-1-5-93-2-2"),
                        FakeFacts.unavailable()))
                .contains("'S-1-5-93-2-2'", "SID", "'ContainerUser'");
    }

    @Test
    void windowsWithoutVariableIsAViolation() {
        assertViolated(evaluate(ConfigBuilder.windows().user("ContainerUser"), FakeFacts.unavailable()))
                .isEqualTo("CNB_USER_ID is not in Env");
    }
}
