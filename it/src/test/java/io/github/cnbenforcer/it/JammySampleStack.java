package io.github.cnbenforcer.it;

import io.github.cnbenforcer.testing.OciLayoutWriter;
import io.github.cnbenforcer.testing.TestImage;
import io.github.cnbenforcer.testing.TestIndex;
import io.github.cnbenforcer.testing.TestLayer;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes the README's sample stack, {@code samples/jammy-stack/images/{build,run}}: an Ubuntu Jammy
 * build and run image for linux/amd64 and linux/arm64, as OCI layouts of a few KB (the layers hold
 * only the files the rule reads). It meets every MUST, carries the deprecated stack ID for older
 * platforms and buildpacks, and misses two SHOULDs, as published stacks often do: the run image has no
 * {@code io.buildpacks.base.metadata} label, and the amd64 images have no {@code variant} (Docker does
 * not write one). The output is committed; run this after changing it:
 * {@code mvn -pl it test-compile exec:java@write-sample-stack}.
 */
public final class JammySampleStack {
    private static final String PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
    private static final String REF_NAME = "jammy";
    /** The stack ID of Ubuntu Jammy stacks, which buildpacks made before Buildpack API 0.10 declare. */
    private static final String STACK_ID = "io.buildpacks.stacks.jammy";

    private JammySampleStack() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: JammySampleStack IMAGES_DIRECTORY");
        }
        Path images = Directories.recreate(Path.of(args[0]));
        OciLayoutWriter.to(images.resolve("build"))
                .write(REF_NAME, TestIndex.of(build("amd64", null), build("arm64", "v8")));
        OciLayoutWriter.to(images.resolve("run")).write(REF_NAME, TestIndex.of(run("amd64", null), run("arm64", "v8")));
    }

    private static TestImage build(String architecture, String variant) {
        return image(architecture, variant, "build")
                .user("1001:1000")
                .env("CNB_USER_ID", "1001")
                .env("CNB_GROUP_ID", "1000")
                .env("CNB_STACK_ID", STACK_ID)
                .label(
                        "io.buildpacks.base.metadata",
                        "{\"packages\":[\"build-essential\",\"ca-certificates\",\"git\"]}")
                .layer(TestLayer.create()
                        .directory("/etc", 0, 0, 0755)
                        .file(
                                "/etc/passwd",
                                "root:x:0:0:root:/root:/bin/bash\n" + "cnb:x:1001:1000::/home/cnb:/bin/bash\n")
                        .file("/etc/group", "root:x:0:\ncnb:x:1000:\n")
                        .symlink("/etc/os-release", "../usr/lib/os-release")
                        .directory("/home", 0, 0, 0755)
                        .directory("/home/cnb", 1001, 1000, 0755));
    }

    private static TestImage run(String architecture, String variant) {
        return image(architecture, variant, "run")
                .user("1002:1000")
                .label("io.buildpacks.rebasable", "true")
                .label("io.buildpacks.base.id", "io.github.cnbenforcer.samples.jammy")
                .layer(TestLayer.create()
                        .directory("/etc", 0, 0, 0755)
                        .file(
                                "/etc/passwd",
                                "root:x:0:0:root:/root:/bin/bash\n" + "cnb:x:1002:1000::/home/cnb:/bin/sh\n")
                        .file("/etc/group", "root:x:0:\ncnb:x:1000:\n")
                        .symlink("/etc/os-release", "../usr/lib/os-release"));
    }

    /** What build and run share: PATH, the base labels, and Ubuntu's os-release. */
    private static TestImage image(String architecture, String variant, String role) {
        TestImage image = TestImage.bare("linux", architecture)
                .env("PATH", PATH)
                .label("io.buildpacks.base.maintainer", "cnb-enforcer samples")
                .label(
                        "io.buildpacks.base.homepage",
                        "https://github.com/cnb-enforcer/cnb-enforcer/tree/main/samples/jammy-stack")
                .label("io.buildpacks.base.released", "2026-01-15T00:00:00Z")
                .label(
                        "io.buildpacks.base.description",
                        "Ubuntu 22.04 (Jammy Jellyfish) " + role + " image for Cloud Native Buildpacks")
                .label("io.buildpacks.base.distro.name", "ubuntu")
                .label("io.buildpacks.base.distro.version", "22.04")
                .label("io.buildpacks.stack.id", STACK_ID)
                .layer(TestLayer.create()
                        .directory("/usr", 0, 0, 0755)
                        .directory("/usr/lib", 0, 0, 0755)
                        .file(
                                "/usr/lib/os-release",
                                "PRETTY_NAME=\"Ubuntu 22.04.5 LTS\"\nNAME=\"Ubuntu\"\n"
                                        + "VERSION_ID=\"22.04\"\nVERSION=\"22.04.5 LTS (Jammy Jellyfish)\"\n"
                                        + "VERSION_CODENAME=jammy\nID=ubuntu\nID_LIKE=debian\n"));
        return variant == null ? image : image.variant(variant);
    }
}
