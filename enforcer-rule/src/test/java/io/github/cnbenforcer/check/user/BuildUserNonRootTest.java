package io.github.cnbenforcer.check.user;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BuildUserNonRootTest {
    private final BuildUserNonRoot check = new BuildUserNonRoot();

    private Verdict evaluate(TestImage config, ImageFacts facts) {
        return check.evaluate(config.asBuild(facts));
    }

    @Test
    void numericNonRootUserIsSatisfiedWithoutFacts() {
        assertSatisfied(evaluate(TestImage.linux().user("1001:1000"), FakeFacts.unavailable()))
                .isEqualTo("User is '1001:1000' (UID 1001)");
    }

    @Test
    void absentUserIsRoot() {
        assertViolated(evaluate(TestImage.linux(), FakeFacts.unavailable())).isEqualTo("User is not set (root)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "root", "0", "root:cnb", "0:0"})
    void rootUsersAreViolations(String user) {
        assertViolated(evaluate(TestImage.linux().user(user), FakeFacts.unavailable()))
                .isEqualTo("User is '" + user + "' (root)");
    }

    @Test
    void rootUserWithGroupIsRoot() {
        assertViolated(evaluate(TestImage.linux().user("0:1000"), FakeFacts.unavailable()))
                .contains("(root)");
    }

    @Test
    void nameThatPasswdMapsToUidZeroIsRoot() {
        assertViolated(evaluate(
                        TestImage.linux().user("toor"), FakeFacts.empty().user("toor", 0, 0, "/root")))
                .contains("'toor'", "UID 0", "(root)");
    }

    @Test
    void namedNonRootUserIsSatisfiedThroughPasswd() {
        assertSatisfied(evaluate(
                        TestImage.linux().user("heroku"), FakeFacts.empty().user("heroku", 1000, 1000, "/home/heroku")))
                .contains("UID 1000");
    }

    @Test
    void namedUserIsUnverifiedWithoutFacts() {
        assertUnverified(evaluate(TestImage.linux().user("heroku"), FakeFacts.unavailable()))
                .contains("layers are not inspected");
    }

    @Test
    void nameMissingFromPasswdIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("ghost"), FakeFacts.empty()))
                .isEqualTo("User 'ghost' is not in /etc/passwd");
    }

    @Test
    void windowsContainerUserIsSatisfied() {
        assertSatisfied(evaluate(TestImage.windows().user("ContainerUser"), FakeFacts.unavailable()))
                .contains("'ContainerUser'");
    }

    @Test
    void windowsAdministratorIsRoot() {
        assertViolated(evaluate(TestImage.windows().user("containeradministrator"), FakeFacts.unavailable()))
                .contains("(root)");
    }

    @Test
    void windowsWithoutUserIsTheAdministrator() {
        assertViolated(evaluate(TestImage.windows(), FakeFacts.unavailable())).isEqualTo("User is not set (root)");
    }
}
