package io.github.cnbenforcer.check.user;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class RunUserDistinctUidTest {
    private final RunUserDistinctUid check = new RunUserDistinctUid();

    private Verdict evaluate(TestImage build, ImageFacts buildFacts, TestImage run, ImageFacts runFacts) {
        return check.evaluate(build.asBuild(buildFacts), run.asRun(runFacts));
    }

    @Test
    void paketoUsersDiffer() {
        assertSatisfied(evaluate(
                        TestImage.linux().user("1001:1000"),
                        FakeFacts.unavailable(),
                        TestImage.linux().user("1002:1000"),
                        FakeFacts.unavailable()))
                .isEqualTo("run User '1002:1000' has UID 1002, build User '1001:1000' has UID 1001");
    }

    @Test
    void herokuUsesTheSameUidOnPurpose() {
        FakeFacts facts = FakeFacts.empty().user("heroku", 1000, 1000, "/home/heroku");
        assertViolated(evaluate(
                        TestImage.linux().user("heroku"),
                        facts,
                        TestImage.linux().user("heroku"),
                        facts))
                .isEqualTo("run User 'heroku' has UID 1000, build User 'heroku' has UID 1000");
    }

    @Test
    void differentNamesWithTheSameUidAreTheSameUser() {
        assertViolated(evaluate(
                TestImage.linux().user("cnb"),
                FakeFacts.empty().user("cnb", 1000, 1000, "/h"),
                TestImage.linux().user("1000:1000"),
                FakeFacts.unavailable()));
    }

    @Test
    void rootRunImageDiffersFromNonRootBuild() {
        assertSatisfied(evaluate(
                        TestImage.linux().user("1001"),
                        FakeFacts.unavailable(),
                        TestImage.linux(),
                        FakeFacts.unavailable()))
                .contains("run User (not set) has UID 0");
    }

    @Test
    void namedRunUserIsUnverifiedWithoutFacts() {
        assertUnverified(evaluate(
                        TestImage.linux().user("1001"),
                        FakeFacts.unavailable(),
                        TestImage.linux().user("app"),
                        FakeFacts.unavailable()))
                .startsWith("run image: ");
    }

    @Test
    void namedBuildUserMissingFromPasswdIsAViolation() {
        assertViolated(evaluate(
                        TestImage.linux().user("ghost"),
                        FakeFacts.empty(),
                        TestImage.linux().user("1002"),
                        FakeFacts.unavailable()))
                .isEqualTo("build image: User 'ghost' is not in /etc/passwd");
    }

    @Test
    void windowsAccountsAreComparedByName() {
        assertSatisfied(evaluate(
                        TestImage.windows().user("ContainerAdministrator"),
                        FakeFacts.unavailable(),
                        TestImage.windows().user("ContainerUser"),
                        FakeFacts.unavailable()))
                .contains("'ContainerUser'");
        assertViolated(evaluate(
                TestImage.windows().user("ContainerUser"),
                FakeFacts.unavailable(),
                TestImage.windows().user("containeruser"),
                FakeFacts.unavailable()));
    }

    @Test
    void windowsEmptyUserIsTheAdministrator() {
        assertViolated(evaluate(
                        TestImage.windows(),
                        FakeFacts.unavailable(),
                        TestImage.windows().user("ContainerAdministrator"),
                        FakeFacts.unavailable()))
                .contains("'ContainerAdministrator'");
    }

    @Test
    void differentOperatingSystemsAreUnverified() {
        assertUnverified(evaluate(
                        TestImage.linux().user("1001"),
                        FakeFacts.unavailable(),
                        TestImage.windows().user("ContainerUser"),
                        FakeFacts.unavailable()))
                .contains("'linux'", "'windows'");
    }
}
