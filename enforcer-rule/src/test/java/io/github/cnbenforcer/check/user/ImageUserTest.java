package io.github.cnbenforcer.check.user;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.cnbenforcer.check.FakeFacts;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Verdict;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.testing.TestImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageUserTest {
    private static final FakeFacts PAKETO = FakeFacts.empty()
            .user("root", 0, 0, "/root")
            .user("cnb", 1001, 1000, "/home/cnb")
            .user("toor", 0, 0, "/root")
            .user("nohome", 1003, 1003, "")
            .group("root", 0)
            .group("cnb", 1000)
            .group("docker", 999, "cnb");

    private static ImageUser linux(String user, ImageFacts facts) {
        TestImage config = TestImage.linux();
        if (user != null) {
            config.user(user);
        }
        return ImageUser.of(config.asBuild(facts));
    }

    private static ImageUser windows(String user) {
        TestImage config = TestImage.windows();
        if (user != null) {
            config.user(user);
        }
        return ImageUser.of(config.asBuild(FakeFacts.unavailable()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "root", "0", "root:root", "root:1000", "0:0", "0:cnb", ":1000"})
    void rootByNameWithoutReadingFacts(String user) {
        assertThat(linux(user, FakeFacts.unavailable()).isRootByName()).isTrue();
    }

    @Test
    void absentUserIsRoot() {
        assertThat(linux(null, FakeFacts.unavailable()).isRootByName()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1001", "1001:0", "cnb", "toor", "00a"})
    void otherUsersAreNotRootByName(String user) {
        assertThat(linux(user, FakeFacts.unavailable()).isRootByName()).isFalse();
    }

    @Test
    void nameThatPasswdMapsToUidZeroHasUidZero() {
        assertThat(linux("toor", PAKETO).uid().value()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ContainerAdministrator", "containeradministrator", "CONTAINERADMINISTRATOR", ""})
    void windowsAdministratorIsRootCaseInsensitively(String user) {
        assertThat(windows(user).isRootByName()).isTrue();
    }

    @Test
    void windowsAbsentUserIsTheAdministrator() {
        ImageUser user = windows(null);
        assertThat(user.isRootByName()).isTrue();
        assertThat(user.windowsAccount()).isEqualTo("ContainerAdministrator");
    }

    @Test
    void windowsContainerUserIsNotRoot() {
        assertThat(windows("ContainerUser").isRootByName()).isFalse();
    }

    @Test
    void windowsRootIsJustAName() {
        assertThat(windows("root").isRootByName()).isFalse();
    }

    @Test
    void numericUidNeedsNoFacts() {
        assertThat(linux("1001:1000", FakeFacts.unavailable()).uid().value()).isEqualTo(1001L);
    }

    @Test
    void rootNameIsUidZeroWithoutFacts() {
        assertThat(linux("root", FakeFacts.unavailable()).uid().value()).isZero();
    }

    @Test
    void namedUidComesFromPasswd() {
        assertThat(linux("cnb", PAKETO).uid().value()).isEqualTo(1001L);
    }

    @Test
    void namedUidIsUndecidableWithoutFacts() {
        UserFact<Long> uid = linux("cnb", FakeFacts.unavailable()).uid();
        assertThat(uid.failure().kind()).isEqualTo(Verdict.Kind.UNVERIFIED);
        assertThat(uid.failure().message()).contains("User 'cnb'", "layers are not inspected");
    }

    @Test
    void unknownNameIsMissing() {
        UserFact<Long> uid = linux("ghost", PAKETO).uid();
        assertThat(uid.failure().kind()).isEqualTo(Verdict.Kind.VIOLATED);
        assertThat(uid.failure().message()).isEqualTo("User 'ghost' is not in /etc/passwd");
    }

    @Test
    void windowsUidIsUndecidable() {
        UserFact<Long> uid = windows("ContainerUser").uid();
        assertThat(uid.failure().kind()).isEqualTo(Verdict.Kind.UNVERIFIED);
        assertThat(uid.failure().message()).contains("SID", "'ContainerUser'");
    }

    @Test
    void numericGroupPartIsThePrimaryGidWithoutFacts() {
        assertThat(linux("cnb:1000", FakeFacts.unavailable()).primaryGid().value())
                .isEqualTo(1000L);
    }

    @Test
    void namedGroupPartComesFromEtcGroup() {
        assertThat(linux("1001:docker", PAKETO).primaryGid().value()).isEqualTo(999L);
    }

    @Test
    void unknownGroupNameIsMissing() {
        UserFact<Long> gid = linux("1001:ghosts", PAKETO).primaryGid();
        assertThat(gid.failure().kind()).isEqualTo(Verdict.Kind.VIOLATED);
        assertThat(gid.failure().message()).contains("'ghosts'", "/etc/group");
    }

    @Test
    void withoutGroupPartThePrimaryGidIsThePasswdGroupOfTheName() {
        assertThat(linux("cnb", PAKETO).primaryGid().value()).isEqualTo(1000L);
    }

    @Test
    void withoutGroupPartThePrimaryGidIsThePasswdGroupOfTheUid() {
        assertThat(linux("1001", PAKETO).primaryGid().value()).isEqualTo(1000L);
    }

    @Test
    void uidWithoutPasswdEntryOrGroupPartHasNoPrimaryGroup() {
        UserFact<Long> gid = linux("4242", PAKETO).primaryGid();
        assertThat(gid.failure().kind()).isEqualTo(Verdict.Kind.VIOLATED);
        assertThat(gid.failure().message()).contains("User '4242'", "no primary group");
    }

    @Test
    void primaryGidFromPasswdIsUndecidableWithoutFacts() {
        assertThat(linux("1001", FakeFacts.unavailable()).primaryGid().failure().kind())
                .isEqualTo(Verdict.Kind.UNVERIFIED);
    }

    @Test
    void supplementaryGroupsCountWithoutGroupPart() {
        assertThat(linux("cnb", PAKETO).groupIds().value()).containsExactly(1000L, 999L);
    }

    @Test
    void aGroupPartReplacesSupplementaryGroups() {
        assertThat(linux("cnb:1000", PAKETO).groupIds().value()).containsExactly(1000L);
    }

    @Test
    void homeFromEnvNeedsNoFacts() {
        ImageUnderCheck image =
                TestImage.linux().user("cnb").env("HOME", "/workspace").asBuild(FakeFacts.unavailable());
        assertThat(ImageUser.of(image).home().value()).isEqualTo("/workspace");
    }

    @Test
    void homeFromPasswd() {
        assertThat(linux("1001:1000", PAKETO).home().value()).isEqualTo("/home/cnb");
    }

    @Test
    void noPasswdEntryAndNoHomeMeansNoHome() {
        UserFact<String> home = linux("4242:4242", PAKETO).home();
        assertThat(home.failure().kind()).isEqualTo(Verdict.Kind.VIOLATED);
        assertThat(home.failure().message()).contains("HOME is not in Env", "no /etc/passwd entry");
    }

    @Test
    void emptyPasswdHomeMeansNoHome() {
        assertThat(linux("nohome", PAKETO).home().failure().message()).contains("has no home directory");
    }

    @Test
    void homeFromPasswdIsUndecidableWithoutFacts() {
        assertThat(linux("cnb", FakeFacts.unavailable()).home().failure().kind())
                .isEqualTo(Verdict.Kind.UNVERIFIED);
    }

    @Test
    void absentUserResolvesAsUidZeroThroughPasswd() {
        ImageUser user = linux(null, PAKETO);
        assertThat(user.uid().value()).isZero();
        assertThat(user.primaryGid().value()).isZero();
        assertThat(user.home().value()).isEqualTo("/root");
    }
}
