package io.github.cnbenforcer.it;

import io.github.cnbenforcer.testing.Compression;
import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestLayer;
import java.nio.file.Path;
import java.util.Random;

/**
 * The images of the filesystem ITs ({@code src/it/fs-*}): build and run images whose LAYERS decide
 * the checks that read the image filesystem (users, home directory, os-release). Each is named
 * {@code fs-…} after what its layers show and is checked against the compliant partner of
 * {@link Fixtures}, so that its IT sees the filesystem check pass or fail alone. Everything is a few
 * KiB but the layer-budget image, whose top layer is just over 1 MiB of incompressible bytes.
 */
final class FilesystemFixtures {
    private static final String ROOT_PASSWD = "root:x:0:0:root:/root:/bin/bash\n";
    private static final String CNB_PASSWD = ROOT_PASSWD + "cnb:x:1001:1000::/home/cnb:/bin/bash\n";
    private static final String CNB_GROUP = "root:x:0:\ncnb:x:1000:\n";
    private static final String HEROKU_PASSWD = ROOT_PASSWD + "heroku:x:1000:1000::/home/heroku:/bin/bash\n";
    private static final String HEROKU_GROUP = "root:x:0:\nheroku:x:1000:\n";
    /** Ubuntu 22.04's /usr/lib/os-release, as shipped (quoted values). */
    private static final String UBUNTU_JAMMY_OS_RELEASE = "PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"\n"
            + "NAME=\"Ubuntu\"\n"
            + "VERSION_ID=\"22.04\"\n"
            + "VERSION=\"22.04.5 LTS (Jammy Jellyfish)\"\n"
            + "VERSION_CODENAME=jammy\n"
            + "ID=ubuntu\n"
            + "ID_LIKE=debian\n"
            + "HOME_URL=\"https://www.ubuntu.com/\"\n"
            + "SUPPORT_URL=\"https://help.ubuntu.com/\"\n"
            + "BUG_REPORT_URL=\"https://bugs.launchpad.net/ubuntu/\"\n"
            + "PRIVACY_POLICY_URL=\"https://www.ubuntu.com/legal/terms-and-policies/privacy-policy\"\n"
            + "UBUNTU_CODENAME=jammy\n";
    /** The top layer of the layer-budget image: more than its 1 MiB budget, incompressible. */
    private static final int BUDGET_FILLER_BYTES = 1024 * 1024 + 64 * 1024;

    private final Path directory;

    private FilesystemFixtures(Path directory) {
        this.directory = directory;
    }

    /** Writes every filesystem fixture into {@code directory}. */
    static void writeAll(Path directory) {
        new FilesystemFixtures(directory).write();
    }

    private void write() {
        home();
        users();
        realStacks();
        osRelease();
        layers();
    }

    /** build-user-home-writable, decided by the home directory's entry in the layers. */
    private void home() {
        // /home/cnb is root's, mode 0755: UID 1001 cannot write it.
        layout("fs-home-owned-by-root", build(userLayer(CNB_PASSWD, CNB_GROUP).directory("/home/cnb", 0, 0, 0755)));
        // /home exists, /home/cnb does not.
        layout("fs-home-missing", build(userLayer(CNB_PASSWD, CNB_GROUP)));
        // A compliant lower layer, and a later layer that deletes /home/cnb with a whiteout.
        layout(
                "fs-home-whiteout",
                build(userLayer(CNB_PASSWD, CNB_GROUP).directory("/home/cnb", 1001, 1000, 0755))
                        .layer(TestLayer.create().directory("/home", 0, 0, 0755).whiteout("/home/cnb")));
        // Root's, but group-writable for gid 1000, the primary group of the named user cnb.
        layout(
                "fs-home-group-writable",
                build(userLayer(CNB_PASSWD, CNB_GROUP).directory("/home/cnb", 0, 1000, 0775))
                        .user("cnb"));
        // HOME in Env names a writable directory; passwd's home (/home/cnb) does not exist.
        layout(
                "fs-home-from-env",
                build(userLayer(CNB_PASSWD, CNB_GROUP)
                                .directory("/workspace", 0, 0, 0755)
                                .directory("/workspace/home", 1001, 1000, 0700))
                        .env("HOME", "/workspace/home"));
        // HOME in Env names a directory that does not exist; passwd's home is fine.
        layout(
                "fs-home-from-env-missing",
                build(userLayer(CNB_PASSWD, CNB_GROUP).directory("/home/cnb", 1001, 1000, 0755))
                        .env("HOME", "/workspace/home"));
    }

    /** User resolution through /etc/passwd: numeric users without an entry, names mapped to root. */
    private void users() {
        // User 1234 without a group part, and no passwd entry for 1234: no primary group, no home.
        layout(
                "fs-numeric-user-no-passwd",
                build(userLayer(CNB_PASSWD, CNB_GROUP).directory("/home/cnb", 1001, 1000, 0755))
                        .user("1234")
                        .env("CNB_USER_ID", "1234")
                        .env("CNB_GROUP_ID", "1000"));
        // The name admin, which /etc/passwd maps to UID 0; every other check is met (root may write /root).
        layout(
                "fs-user-name-root",
                build(userLayer(ROOT_PASSWD + "admin:x:0:0:admin:/root:/bin/bash\n", CNB_GROUP)
                                .directory("/root", 0, 0, 0700))
                        .user("admin")
                        .env("CNB_USER_ID", "0")
                        .env("CNB_GROUP_ID", "0"));
    }

    /** Users as real stacks set them: Heroku's named user, Google's www-data. */
    private void realStacks() {
        layout("fs-heroku-build", herokuBuild());
        layout("fs-heroku-run", herokuRun());
        // The same stack without io.buildpacks.base.released, which Heroku's images do not set: the
        // suppression ITs accept both deviations.
        layout("heroku-build", herokuBuild().withoutLabel("io.buildpacks.base.released"));
        layout("heroku-run", herokuRun().withoutLabel("io.buildpacks.base.released"));
        // Google: USER 33:33, www-data, whose home /var/www is www-data's.
        layout(
                "fs-google-build",
                build(userLayer(
                                        ROOT_PASSWD + "www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin\n",
                                        "root:x:0:\nwww-data:x:33:\n")
                                .directory("/var", 0, 0, 0755)
                                .directory("/var/www", 33, 33, 0755))
                        .user("33:33")
                        .env("CNB_USER_ID", "33")
                        .env("CNB_GROUP_ID", "33"));
    }

    /** distro-os-release: labels against /etc/os-release. */
    private void osRelease() {
        // The labels say 22.04, the image is 24.04.
        layout(
                "fs-os-release-mismatch",
                build(baseLayer(CNB_PASSWD, CNB_GROUP, "ID=ubuntu\nVERSION_ID=\"24.04\"\n")
                        .directory("/home/cnb", 1001, 1000, 0755)));
        // Ubuntu's layout: the file in /usr/lib with quoted values in one layer, the /etc link to it
        // (relative, ../usr/lib/os-release) in a later one.
        layout(
                "fs-os-release-symlink",
                build(TestLayer.create()
                                .directory("/usr", 0, 0, 0755)
                                .directory("/usr/lib", 0, 0, 0755)
                                .file("/usr/lib/os-release", UBUNTU_JAMMY_OS_RELEASE))
                        .layer(TestLayer.create()
                                .directory("/etc", 0, 0, 0755)
                                .file("/etc/passwd", CNB_PASSWD)
                                .file("/etc/group", CNB_GROUP)
                                .symlink("/etc/os-release", "../usr/lib/os-release")
                                .directory("/home", 0, 0, 0755)
                                .directory("/home/cnb", 1001, 1000, 0755)));
    }

    /** How the layers are stored: zstd; a budget too small to reach the user layer. */
    private void layers() {
        layout(
                "fs-zstd-layer",
                build(userLayer(CNB_PASSWD, CNB_GROUP)
                                .directory("/home/cnb", 1001, 1000, 0755)
                                .compression(Compression.ZSTD))
                        .user("cnb"));
        // Reading is top-down: the user files are in the bottom layer, under a top layer of random
        // (incompressible) bytes larger than a layerBudgetMiB of 1.
        byte[] filler = new byte[BUDGET_FILLER_BYTES];
        new Random(4).nextBytes(filler);
        layout(
                "fs-budget-exceeded",
                build(userLayer(CNB_PASSWD, CNB_GROUP).directory("/home/cnb", 1001, 1000, 0755))
                        .user("cnb")
                        .layer(TestLayer.create()
                                .directory("/opt", 0, 0, 0755)
                                .file("/opt/filler.bin", filler, 0, 0, 0644)
                                .compression(Compression.NONE)));
    }

    /** Heroku's build image: USER heroku (uid 1000), the same UID as its run image, on purpose. */
    private static TestImage herokuBuild() {
        return build(userLayer(HEROKU_PASSWD, HEROKU_GROUP).directory("/home/heroku", 1000, 1000, 0755))
                .user("heroku")
                .env("CNB_USER_ID", "1000")
                .env("CNB_GROUP_ID", "1000");
    }

    private static TestImage herokuRun() {
        return run(userLayer(HEROKU_PASSWD, HEROKU_GROUP)).user("heroku");
    }

    /** The compliant build image of {@link Fixtures} (User 1001:1000, distro ubuntu 22.04) with this layer alone. */
    private static TestImage build(TestLayer layer) {
        return TestImage.compliantBuild("amd64").variant("v1").withoutLayers().layer(layer);
    }

    /** The compliant run image of {@link Fixtures} (User 1002:1000, distro ubuntu 22.04) with this layer alone. */
    private static TestImage run(TestLayer layer) {
        return TestImage.compliantRun("amd64").variant("v1").withoutLayers().layer(layer);
    }

    /** passwd, group, Ubuntu 22.04's os-release, and /home without any home in it. */
    private static TestLayer userLayer(String passwd, String group) {
        return baseLayer(passwd, group, "ID=ubuntu\nVERSION_ID=\"22.04\"\n");
    }

    private static TestLayer baseLayer(String passwd, String group, String osRelease) {
        return TestLayer.create()
                .directory("/etc", 0, 0, 0755)
                .file("/etc/passwd", passwd)
                .file("/etc/group", group)
                .file("/etc/os-release", osRelease)
                .directory("/home", 0, 0, 0755);
    }

    private void layout(String name, TestImage image) {
        OciLayoutWriter.to(directory.resolve(name)).write(null, image);
    }
}
