package io.github.cnbenforcer.testing;

import java.util.List;

/**
 * Images whose every field a message can show carries a forged log line ({@code \n[ERROR] forged})
 * and a terminal escape ({@code ESC]0;x BEL}, which sets a terminal's title): platform (in the
 * config and the index), labels,
 * {@code User}, {@code Env}, the home directory of {@code /etc/passwd}, a value of
 * {@code /etc/os-release}, and index names. Where a file's format ends a value at a line break,
 * only the escape is injected. The run image's distro name label is nothing but a red forged line
 * ({@code ESC[31m[ERROR] forged}). Every injected value also makes its check fail or warn, so that it
 * is shown.
 */
public final class HostileImages {
    public static final String FORGED_LINE = "\n[ERROR] forged";
    public static final String TERMINAL_TITLE = "\u001b]0;x\u0007";
    /** A log line in red, as a terminal would show it: what the run image's distro name label holds. */
    public static final String RED_FORGED_LINE = "\u001b[31m[ERROR] forged";

    private HostileImages() {}

    /** {@code value}, then a forged log line and a terminal escape. */
    public static String hostile(String value) {
        return value + FORGED_LINE + TERMINAL_TITLE;
    }

    /**
     * A build image of two platforms: linux/amd64/v1 with hostile fields, and the same image under a
     * hostile platform (in its config and in the index).
     */
    public static TestIndex build() {
        TestImage fields = TestImage.compliantBuild("amd64")
                .variant("v1")
                .user("cnb")
                .env("PATH", hostile("bin"))
                .env("CNB_USER_ID", hostile("1001"))
                .label("io.buildpacks.base.homepage", hostile("https://stacks.example.com"))
                .label("io.buildpacks.base.distro.version", hostile("22.04"))
                .layer(TestLayer.create()
                        .file("/etc/passwd", "cnb:x:1001:1000::/home/cnb" + TERMINAL_TITLE + ":/bin/sh\n")
                        .file("/etc/os-release", "ID=ubuntu\nVERSION_ID=\"22.04" + TERMINAL_TITLE + "\"\n"));
        return TestIndex.of(fields, withHostilePlatform(TestImage.compliantBuild("amd64")));
    }

    /** A run image of the same two platforms, linux/amd64/v1 with hostile fields of its own. */
    public static TestIndex run() {
        TestImage fields = TestImage.compliantRun("amd64")
                .variant("v1")
                .user(hostile("1002"))
                .label("io.buildpacks.base.released", hostile("2026-01-01"))
                .label("io.buildpacks.base.distro.name", RED_FORGED_LINE)
                .label("io.buildpacks.base.id", hostile("io.example.stacks.jammy"));
        return TestIndex.of(fields, withHostilePlatform(TestImage.compliantRun("amd64")));
    }

    /** The platform of the second image of {@link #build()} and {@link #run()}, as {@code os/arch/variant}. */
    public static String platform() {
        return hostile("linux") + "/" + hostile("amd64") + "/" + hostile("v1");
    }

    /** Names for images of one layout, as its {@code index.json} carries them. */
    public static List<String> refNames() {
        return List.of(hostile("build"), hostile("run"));
    }

    private static TestImage withHostilePlatform(TestImage image) {
        return image.os(hostile("linux")).architecture(hostile("amd64")).variant(hostile("v1"));
    }
}
