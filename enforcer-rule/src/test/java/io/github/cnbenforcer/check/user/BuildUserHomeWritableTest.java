package io.github.cnbenforcer.check.user;

import static io.github.cnbenforcer.check.VerdictAssertions.assertSatisfied;
import static io.github.cnbenforcer.check.VerdictAssertions.assertUnverified;
import static io.github.cnbenforcer.check.VerdictAssertions.assertViolated;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;

class BuildUserHomeWritableTest {
    private final BuildUserHomeWritable check = new BuildUserHomeWritable();

    private static FakeFacts paketo() {
        return FakeFacts.empty()
                .user("cnb", 1001, 1000, "/home/cnb")
                .group("cnb", 1000)
                .directory("/home/cnb", 1001, 1000, 0755);
    }

    private Verdict evaluate(TestImage config, ImageFacts facts) {
        return check.evaluate(config.asBuild(facts));
    }

    @Test
    void ownedHomeFromPasswdIsWritable() {
        assertSatisfied(evaluate(TestImage.linux().user("1001:1000"), paketo()))
                .isEqualTo("home /home/cnb (directory, owner 1001:1000, mode 0755) is writable by UID 1001");
    }

    @Test
    void homeFromEnvWinsOverPasswd() {
        FakeFacts facts = paketo().directory("/workspace", 0, 0, 0755);
        assertViolated(evaluate(TestImage.linux().user("cnb").env("HOME", "/workspace"), facts))
                .contains("/workspace", "not writable by UID 1001");
    }

    @Test
    void groupWritableHomeIsWritableForTheGroupsMembers() {
        FakeFacts facts = FakeFacts.empty().user("www-data", 33, 33, "/var/www").directory("/var/www", 0, 33, 0775);
        assertSatisfied(evaluate(TestImage.linux().user("33:33"), facts)).contains("UID 33 (groups [33])");
    }

    @Test
    void supplementaryGroupMembershipGrantsGroupBits() {
        FakeFacts facts = paketo().group("staff", 50, "cnb").directory("/home/cnb", 0, 50, 0770);
        assertSatisfied(evaluate(TestImage.linux().user("cnb"), facts)).contains("[1000, 50]");
    }

    @Test
    void rootOwnedHomeIsNotWritable() {
        FakeFacts facts = paketo().directory("/home/cnb", 0, 0, 0755);
        assertViolated(evaluate(TestImage.linux().user("1001:1000"), facts))
                .isEqualTo(
                        "home /home/cnb (directory, owner 0:0, mode 0755) is not writable by UID 1001 (groups [1000])");
    }

    @Test
    void missingHomeIsAViolation() {
        FakeFacts facts = FakeFacts.empty().user("cnb", 1001, 1000, "/home/cnb");
        assertViolated(evaluate(TestImage.linux().user("cnb"), facts))
                .isEqualTo("home /home/cnb of User 'cnb' does not exist in the image");
    }

    @Test
    void homeThatIsAFileIsAViolation() {
        FakeFacts facts = FakeFacts.empty().user("cnb", 1001, 1000, "/home/cnb").file("/home/cnb", 1001, 1000, 0644);
        assertViolated(evaluate(TestImage.linux().user("cnb"), facts)).contains("is not a directory");
    }

    @Test
    void uidWithoutPasswdEntryOrHomeHasNoHome() {
        assertViolated(evaluate(TestImage.linux().user("4242:4242"), paketo()))
                .contains("HOME is not in Env", "no /etc/passwd entry");
    }

    @Test
    void emptyHomeIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("1001:1000").env("HOME", ""), paketo()))
                .contains("HOME is empty");
    }

    @Test
    void relativeHomeIsAViolation() {
        assertViolated(evaluate(TestImage.linux().user("1001:1000").env("HOME", "home/cnb"), paketo()))
                .contains("'home/cnb' is not an absolute path");
    }

    @Test
    void ownerNeedsNoGroupResolution() {
        FakeFacts facts = FakeFacts.empty().directory("/work", 4242, 0, 0700);
        assertSatisfied(evaluate(TestImage.linux().user("4242").env("HOME", "/work"), facts))
                .endsWith("writable by UID 4242");
    }

    @Test
    void isUnverifiedWithoutFacts() {
        assertUnverified(
                        evaluate(TestImage.linux().user("1001:1000").env("HOME", "/home/cnb"), FakeFacts.unavailable()))
                .contains("/home/cnb", "layers are not inspected");
    }

    @Test
    void isUnverifiedOnWindows() {
        assertUnverified(evaluate(TestImage.windows().user("ContainerUser"), FakeFacts.empty()))
                .contains("'ContainerUser'");
    }
}
