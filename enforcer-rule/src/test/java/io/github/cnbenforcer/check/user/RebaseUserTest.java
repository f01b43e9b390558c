package io.github.cnbenforcer.check.user;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class RebaseUserTest {
    private final RebaseUser check = new RebaseUser();

    private Verdict evaluate(TestImage previous, TestImage next, ImageFacts facts) {
        return check.evaluate(previous.asPrevious(facts), next.asRun(facts));
    }

    @Test
    void theSameUserIsSatisfied() {
        assertSatisfied(evaluate(
                        TestImage.linux().user("1002:1000"),
                        TestImage.linux().user("1002:1000"),
                        FakeFacts.unavailable()))
                .isEqualTo("User '1002:1000' (UID 1002, GID 1000), as the previous run image's User '1002:1000' (UID"
                        + " 1002, GID 1000)");
    }

    @Test
    void aNameForTheSameIdsIsSatisfied() {
        FakeFacts facts = FakeFacts.empty().user("cnb", 1002, 1000, "/home/cnb");

        assertSatisfied(evaluate(
                        TestImage.linux().user("1002:1000"), TestImage.linux().user("cnb"), facts))
                .startsWith("User 'cnb' (UID 1002, GID 1000), as the previous");
    }

    @Test
    void anotherUidOrGroupIsAViolation() {
        assertViolated(evaluate(
                        TestImage.linux().user("1002:1000"),
                        TestImage.linux().user("1003:1000"),
                        FakeFacts.unavailable()))
                .isEqualTo("User '1003:1000' (UID 1003, GID 1000), the previous run image's User '1002:1000' (UID 1002,"
                        + " GID 1000): files that apps built on it wrote belong to another user");
        assertViolated(evaluate(
                        TestImage.linux().user("1002:1000"),
                        TestImage.linux().user("1002:1001"),
                        FakeFacts.unavailable()))
                .startsWith("User '1002:1001' (UID 1002, GID 1001)");
    }

    @Test
    void aNameThatCannotBeResolvedIsUnverified() {
        assertUnverified(evaluate(
                        TestImage.linux().user("1002:1000"), TestImage.linux().user("cnb"), FakeFacts.unavailable()))
                .startsWith("run image: cannot read /etc/passwd and /etc/group to resolve User 'cnb'");
    }

    @Test
    void windowsAccountsAreComparedByName() {
        assertSatisfied(evaluate(
                        TestImage.windows().user("ContainerUser"),
                        TestImage.windows().user("containeruser"),
                        FakeFacts.unavailable()))
                .isEqualTo("Windows user 'containeruser', the previous run image's 'ContainerUser'");
        assertViolated(evaluate(
                        TestImage.windows().user("ContainerUser"), TestImage.windows(), FakeFacts.unavailable()))
                .isEqualTo("Windows user 'ContainerAdministrator', the previous run image's 'ContainerUser'");
    }
}
