package io.github.cnbenforcer.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.cnbenforcer.image.Descriptor;
import io.github.cnbenforcer.testing.InMemoryImages;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LayerFactsTest {
    private static final long BUDGET = 512L * 1024 * 1024;
    private static final String PASSWD = "root:x:0:0:root:/root:/bin/bash\ncnb:x:1001:1000::/home/cnb:/bin/bash\n";

    private final InMemoryImages images = new InMemoryImages();
    private final List<Descriptor> layers = new ArrayList<>();

    @Test
    void answersTheFactsOfACompliantBuildImage() throws Exception {
        LayerFacts facts = new LayerFacts(images.image(TestImage.compliantBuild("amd64")), BUDGET, warning -> {});

        assertThat(facts.users().userByName("cnb").orElseThrow().uid()).isEqualTo(1001);
        assertThat(facts.users().groupByGid(1000).orElseThrow().name()).isEqualTo("cnb");
        assertThat(facts.osRelease().orElseThrow())
                .containsEntry("ID", "ubuntu")
                .containsEntry("VERSION_ID", "22.04");
        assertThat(facts.stat("/home/cnb").orElseThrow().uid()).isEqualTo(1001);
    }

    @Test
    void firstQuestionReadsWhatTheOthersNeedInTheSamePass() throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64").user("1001:1000"),
                TestLayer.create()
                        .symlink("/etc/os-release", "../usr/lib/os-release")
                        .file("/usr/bin/bash", new byte[64 * 1024], 0, 0, 0755)
                        .file("/usr/lib/os-release", "ID=ubuntu\nVERSION_ID=\"24.04\"\n")
                        .file("/usr/share/doc/bash/copyright", new byte[64 * 1024], 0, 0, 0644),
                TestLayer.create()
                        .file("/etc/group", "cnb:x:1000:\n")
                        .file("/etc/passwd", PASSWD)
                        .directory("/home/cnb", 1001, 1000, 0755));

        facts.users();
        long afterFirstQuestion = images.store().bytesRead();
        assertThat(facts.osRelease().orElseThrow()).containsEntry("VERSION_ID", "24.04");
        assertThat(facts.stat("/home/cnb")).isPresent();

        assertThat(images.store().bytesRead()).isEqualTo(afterFirstQuestion);
        assertThat(images.store().openCount(layers.get(0))).isEqualTo(1);
        assertThat(images.store().openCount(layers.get(1))).isEqualTo(1);
    }

    @Test
    void homeOfTheConfiguredUserIsReadWithTheFirstQuestion() throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64").user("www-data"),
                TestLayer.create().file("/usr/lib/os-release", "ID=ubuntu\n").directory("/var/www", 33, 33, 0755),
                TestLayer.create().file("/etc/passwd", "www-data:x:33:33::/var/www:/usr/sbin/nologin\n"));

        facts.users();
        long afterFirstQuestion = images.store().bytesRead();

        assertThat(facts.stat("/var/www").orElseThrow().uid()).isEqualTo(33);
        assertThat(images.store().bytesRead()).isEqualTo(afterFirstQuestion);
    }

    /**
     * {@code User} is parsed once, by {@link io.github.cnbenforcer.image.UserSpec}: a decimal up to
     * 2^32-1 is a UID, as the kernel and runc take it; 4294967296 is a name.
     */
    @ParameterizedTest
    @CsvSource({"4294967295, /home/max", "4294967296, /home/named"})
    void homeOfANumericUserIsLookedUpAsTheUserSpecSays(String user, String home) throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64").user(user),
                TestLayer.create().directory("/home/max", 0, 0, 0755).directory("/home/named", 1000, 1000, 0755),
                TestLayer.create().file("/etc/os-release", "ID=ubuntu\n").file("/etc/group", "root:x:0:\n"),
                TestLayer.create()
                        .file(
                                "/etc/passwd",
                                "max:x:4294967295:0::/home/max:/bin/sh\n4294967296:x:1000:1000::/home/named:/bin/sh\n"));

        facts.users();
        long afterFirstQuestion = images.store().bytesRead();

        assertThat(facts.stat(home)).isPresent();
        assertThat(images.store().bytesRead()).isEqualTo(afterFirstQuestion);
        assertThat(images.store().openCount(layers.get(0))).isEqualTo(1);
    }

    @Test
    void homeFromEnvIsReadWithTheFirstQuestion() throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64").user("1001").env("HOME", "/workspace"),
                TestLayer.create().directory("/workspace", 1001, 0, 0775).file("/usr/lib/os-release", "ID=ubuntu\n"),
                TestLayer.create().file("/etc/passwd", PASSWD));

        facts.users();
        long afterFirstQuestion = images.store().bytesRead();

        assertThat(facts.stat("/workspace").orElseThrow().mode()).isEqualTo(0775);
        assertThat(images.store().bytesRead()).isEqualTo(afterFirstQuestion);
    }

    @Test
    void osReleaseOfEtcTakesPrecedenceAndLeavesLowerLayersUnread() throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64"),
                TestLayer.create().file("/usr/lib/os-release", "ID=debian\n"),
                TestLayer.create()
                        .file("/etc/os-release", "ID=custom\n")
                        .file("/etc/passwd", PASSWD)
                        .file("/etc/group", "root:x:0:\n")
                        .directory("/root", 0, 0, 0700));

        assertThat(facts.osRelease().orElseThrow()).containsEntry("ID", "custom");
        assertThat(images.store().openCount(layers.get(0))).isZero();
    }

    /** The lifecycle reads only {@code /etc/os-release}, following symlinks as the OS does. */
    @Test
    void usrLibOsReleaseIsReadThroughTheEtcSymlink() throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64"),
                TestLayer.create().file("/usr/lib/os-release", "ID=debian\nVERSION_ID='12'\n"),
                TestLayer.create().symlink("/etc/os-release", "../usr/lib/os-release"));

        assertThat(facts.osRelease().orElseThrow())
                .containsEntry("ID", "debian")
                .containsEntry("VERSION_ID", "12");
    }

    @Test
    void anEtcOsReleaseLinkAfterItsTargetInTheLayerNeedsNoSecondRead() throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64"),
                TestLayer.create()
                        .file("/usr/lib/os-release", "ID=debian\n")
                        .symlink("/etc/os-release", "../usr/lib/os-release"));

        assertThat(facts.osRelease().orElseThrow()).containsEntry("ID", "debian");
        assertThat(images.store().openCount(layers.get(0))).isEqualTo(1);
    }

    @Test
    void usrLibOsReleaseWithoutEtcOsReleaseIsNoOsRelease() throws Exception {
        LayerFacts facts = facts(
                TestImage.bare("linux", "amd64"),
                TestLayer.create().file("/usr/lib/os-release", "ID=debian\nVERSION_ID='12'\n"));

        assertThat(facts.osRelease()).isEmpty();
        assertThat(facts.readAll().osRelease()).contains(Optional.empty());
    }

    @Test
    void imageWithoutOsReleaseHasNone() throws Exception {
        LayerFacts facts =
                facts(TestImage.bare("linux", "amd64"), TestLayer.create().file("/etc/passwd", PASSWD));

        assertThat(facts.osRelease()).isEmpty();
    }

    @Test
    void imageWithoutUserFilesHasAnEmptyDatabase() throws Exception {
        LayerFacts facts =
                facts(TestImage.bare("linux", "amd64"), TestLayer.create().file("/bin/app", "x"));

        assertThat(facts.users().users()).isEmpty();
        assertThat(facts.users().groups()).isEmpty();
    }

    @Test
    void answersAreRemembered() throws Exception {
        LayerFacts facts = new LayerFacts(images.image(TestImage.compliantBuild("amd64")), BUDGET, warning -> {});

        assertThat(facts.users()).isSameAs(facts.users());
        assertThat(facts.osRelease()).isSameAs(facts.osRelease());
        assertThat(facts.stat("/home/cnb")).isSameAs(facts.stat("/home/cnb"));
    }

    @Test
    void budgetTooSmallMakesUsersUnavailableWithTheReason() {
        byte[] library = new byte[256 * 1024];
        new Random(5).nextBytes(library);
        layers.add(images.add(TestLayer.create()
                .file("/usr/lib/libbig.so", library, 0, 0, 0644)
                .file("/etc/passwd", PASSWD)));
        LayerFacts facts = new LayerFacts(
                images.image("example/app:1", TestImage.bare("linux", "amd64"), layers), 1024, warning -> {});

        assertThatThrownBy(facts::users)
                .isInstanceOf(FactUnavailableException.class)
                .hasMessageStartingWith("read 1024 bytes of the layers of example/app:1 (layerBudgetMiB) before finding"
                        + " /etc/passwd; raise layerBudgetMiB");
    }

    @Test
    void keptFilesAreReadInThePassOfTheUsualFacts() throws Exception {
        layers.add(images.add(TestLayer.create()
                .file("/etc/passwd", PASSWD)
                .file("/var/lib/dpkg/status", "Package: libc6\n")
                .file("/var/lib/dpkg/status.d/tzdata", "Package: tzdata\n")));
        layers.add(images.add(TestLayer.create().file("/etc/os-release", "ID=debian\n")));
        LayerFacts facts = new LayerFacts(
                images.image(InMemoryImages.DEFAULT_REFERENCE, TestImage.bare("linux", "amd64"), layers),
                BUDGET,
                warning -> {},
                KeptFiles.of(List.of("/var/lib/dpkg/status"), List.of("/var/lib/dpkg/status.d"), 1024));

        facts.users();

        assertThat(facts.read("/var/lib/dpkg/status", 1024))
                .hasValueSatisfying(content ->
                        assertThat(content).asString(StandardCharsets.UTF_8).isEqualTo("Package: libc6\n"));
        assertThat(facts.listFiles("/var/lib/dpkg/status.d")).contains(List.of("tzdata"));
        assertThat(facts.read("/var/lib/dpkg/status.d/tzdata", 1024)).isPresent();
        assertThat(images.store().openCount(layers.get(0))).isEqualTo(1);
        assertThat(images.store().openCount(layers.get(1))).isEqualTo(1);
    }

    @Test
    void aBugWhileReadingALayerIsThrownOnNotTakenForACorruptLayer() {
        LayerFacts facts =
                facts(TestImage.bare("linux", "amd64"), TestLayer.create().file("/etc/passwd", PASSWD));
        images.store().throwWhenRead(layers.get(0), new NullPointerException("a bug"));

        assertThatThrownBy(facts::users)
                .isInstanceOf(NullPointerException.class)
                .hasMessage("a bug");
        assertThat(facts.unreadableLayer()).isEmpty();
    }

    private LayerFacts facts(TestImage config, TestLayer... bottomFirst) {
        for (TestLayer layer : bottomFirst) {
            layers.add(images.add(layer));
        }
        return new LayerFacts(images.image(InMemoryImages.DEFAULT_REFERENCE, config, layers), BUDGET, warning -> {});
    }
}
