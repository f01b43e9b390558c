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

class RunUserDistinctUidTest {
    private final RunUserDistinctUid check = new RunUserDistinctUid();

    private Verdict evaluate(ConfigBuilder build, ImageFacts buildFacts, ConfigBuilder run, ImageFacts runFacts) {
        return check.evaluate(TestImages.build(build, buildFacts), TestImages.run(run, runFacts));
    }

    @Test
    void paketoUsersDiffer() {
        assertSatisfied(evaluate(
                        ConfigBuilder.linux().user("1001:1000"),
                        FakeFacts.unavailable(),
                        ConfigBuilder.linux().user("1002:1000"),
                        FakeFacts.unavailable()))
                .isEqualTo("run User '1002:1000' has UID 1002, build User '1001:1000' has UID 1001");
    }

    @Test
    void herokuUsesTheSameUidOnPurpose() {
        FakeFacts facts = FakeFacts.empty().user("heroku", 1000, 1000, "/home/heroku");
        assertViolated(evaluate(
                        ConfigBuilder.linux().user("heroku"),
                        facts,
                        ConfigBuilder.linux().user("heroku"),
                        facts))
                .isEqualTo("run User 'heroku' has UID 1000, build User 'heroku' has UID 1000");
    }

    @Test
    void differentNamesWithTheSameUidAreTheSameUser() {
        assertViolated(evaluate(
                ConfigBuilder.linux().user("cnb"),
                FakeFacts.empty().user("cnb", 1000, 1000, "/h"),
                ConfigBuilder.linux().user("1000:1000"),
                FakeFacts.unavailable()));
    }

    @Test
    void rootRunImageDiffersFromNonRootBuild() {
        assertSatisfied(evaluate(
                        ConfigBuilder.linux().user("1001"),
                        FakeFacts.unavailable(),
                        ConfigBuilder.linux(),
                        FakeFacts.unavailable()))
                .contains("run User (not set) has UID 0");
    }

    @Test
    void namedRunUserIsUnverifiedWithoutFacts() {
        assertUnverified(evaluate(
                        ConfigBuilder.linux().user("1001"),
                        FakeFacts.unavailable(),
                        ConfigBuilder.linux().user("app"),
                        FakeFacts.unavailable()))
                .startsWith("run image: ");
    }

    @Test
    void namedBuildUserMissingFromPasswdIsAViolation() {
        assertViolated(evaluate(
                        ConfigBuilder.linux().user("ghost"),
                        FakeFacts.empty(),
                        ConfigBuilder.linux().user("1002"),
                        FakeFacts.unavailable()))
                .isEqualTo("build image: User 'ghost' is not in /etc/passwd");
    }

    @Test
    void windowsAccountsAreComparedByName() {
        assertSatisfied(evaluate(
                        ConfigBuilder.windows().user("ContainerAdministrator"),
                        FakeFacts.unavailable(),
                        ConfigBuilder.windows().user("ContainerUser"),
                        FakeFacts.unavailable()))
                .contains("'ContainerUser'");
        assertViolated(evaluate(
                ConfigBuilder.windows().user("ContainerUser"),
                FakeFacts.unavailable(),
                ConfigBuilder.windows().user("containeruser"),
                FakeFacts.unavailable()));
    }

    @Test
    void windowsEmptyUserIsTheAdministrator() {
        assertViolated(evaluate(
                        ConfigBuilder.windows(),
                        FakeFacts.unavailable(),
                        ConfigBuilder.windows().user("ContainerAdministrator"),
                        FakeFacts.unavailable()))
                .contains("'ContainerAdministrator'");
    }

    @Test
    void differentOperatingSystemsAreUnverified() {
        assertUnverified(evaluate(
                        ConfigBuilder.linux().user("1001"),
                        FakeFacts.unavailable(),
                        ConfigBuilder.windows().user("ContainerUser"),
                        FakeFacts.unavailable()))
                .contains("'linux'", "'windows'");
    }
}
