package io.github.cnbenforcer.check.user;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class BuildCnbGroupIdTest {
    private final BuildCnbGroupId check = new BuildCnbGroupId();

    private Verdict evaluate(TestImage config, ImageFacts facts) {
        return check.evaluate(config.asBuild(facts));
    }

    @Test
    void groupPartOfUserIsThePrimaryGroup() {
        assertSatisfied(evaluate(
                        TestImage.linux().user("1001:1000").env("CNB_GROUP_ID", "1000"), FakeFacts.unavailable()))
                .isEqualTo("CNB_GROUP_ID is 1000, the primary GID of User '1001:1000'");
    }

    @Test
    void otherGidThanTheGroupPartIsAViolation() {
        assertViolated(evaluate(
                        TestImage.linux().user("1001:1000").env("CNB_GROUP_ID", "1001"), FakeFacts.unavailable()))
                .isEqualTo("CNB_GROUP_ID is 1001 but User '1001:1000' has primary GID 1000");
    }

    @Test
    void withoutGroupPartThePasswdGroupCounts() {
        FakeFacts facts = FakeFacts.empty().user("heroku", 1000, 1000, "/home/heroku");
        assertSatisfied(evaluate(TestImage.linux().user("heroku").env("CNB_GROUP_ID", "1000"), facts));
        assertViolated(evaluate(TestImage.linux().user("heroku").env("CNB_GROUP_ID", "0"), facts))
                .contains("primary GID 1000");
    }

    @Test
    void namedGroupIsResolvedThroughEtcGroup() {
        FakeFacts facts = FakeFacts.empty().group("cnb", 1000);
        assertSatisfied(evaluate(TestImage.linux().user("1001:cnb").env("CNB_GROUP_ID", "1000"), facts));
    }

    @Test
    void uidWithoutPasswdEntryOrGroupPartHasNoPrimaryGroup() {
        assertViolated(evaluate(TestImage.linux().user("1001").env("CNB_GROUP_ID", "1000"), FakeFacts.empty()))
                .contains("User '1001' names no group and has no /etc/passwd entry");
    }

    @Test
    void passwdGroupIsUnverifiedWithoutFacts() {
        assertUnverified(evaluate(TestImage.linux().user("1001").env("CNB_GROUP_ID", "1000"), FakeFacts.unavailable()))
                .contains("layers are not inspected");
    }

    @Test
    void missingVariableIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("1001:1000"), FakeFacts.unavailable()))
                .isEqualTo("CNB_GROUP_ID is not in Env");
    }

    @Test
    void nonDecimalValueIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("1001:1000").env("CNB_GROUP_ID", ""), FakeFacts.unavailable()))
                .isEqualTo("CNB_GROUP_ID is '', not a decimal primary GID");
    }

    @Test
    void windowsIsUnverifiedWhenSet() {
        assertUnverified(evaluate(
                        TestImage.windows().user("ContainerUser").env("CNB_GROUP_ID", "1"), FakeFacts.unavailable()))
                .contains("primary group SID");
    }

    @Test
    void windowsWithoutVariableIsAViolation() {
        assertViolated(evaluate(TestImage.windows().user("ContainerUser"), FakeFacts.unavailable()))
                .isEqualTo("CNB_GROUP_ID is not in Env");
    }
}
