package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.check.ImageUnderCheck;
import io.github.cnbenforcer.check.Role;
import io.github.cnbenforcer.fs.ImageFacts;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.image.Platform;
import io.github.cnbenforcer.image.PlatformImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An image built in test code: the one image builder of the tests. It builds a config (fields set one
 * by one, anything else kept as given) and layers, and serves the image every way the rule reads
 * images: as a platform image in memory ({@link #platformImage}), as checks see it
 * ({@link #asBuild}, {@link #asRun}), in an OCI layout or archive ({@link OciLayoutWriter}), in a
 * {@code docker save} archive ({@link DockerArchiveWriter}), or through a registry (the blobs of
 * {@link ImageBlobs}). The compliant images satisfy every check; tests break what they test.
 */
public final class TestImage {
    /** The stack ID of the compliant images. */
    public static final String STACK_ID = "io.example.stacks.jammy";
    /** The reference of an image checked as the build image. */
    public static final String BUILD_REFERENCE = "registry.example.com/stacks/build:jammy";
    /** The reference of an image checked as the run image. */
    public static final String RUN_REFERENCE = "registry.example.com/stacks/run:jammy";
    /** The reference of an image checked as the previous run image. */
    public static final String PREVIOUS_REFERENCE = "registry.example.com/stacks/run:previous";
    /** The reference of an image checked as a builder. */
    public static final String BUILDER_REFERENCE = "registry.example.com/stacks/builder:jammy";

    private final ObjectNode config = Json.mapper().createObjectNode();
    private final List<String> env = new ArrayList<>();
    private final Map<String, String> labels = new LinkedHashMap<>();
    private final List<TestLayer> layers = new ArrayList<>();
    private String user;
    private boolean userSet;
    private String workingDir;
    private Platform listedPlatform;

    private TestImage() {}

    /** An image with no config fields at all: no os, no architecture. */
    public static TestImage bare() {
        return new TestImage();
    }

    /** A bare image of a platform: no user, no env, no labels, no layers. */
    public static TestImage bare(String os, String architecture) {
        TestImage image = new TestImage().os(os).architecture(architecture);
        image.config.put("created", "2026-01-01T00:00:00Z");
        return image;
    }

    /** A bare linux/amd64 image. */
    public static TestImage linux() {
        return bare("linux", "amd64");
    }

    /** A bare windows/amd64 image of Windows Server 2022. */
    public static TestImage windows() {
        return bare("windows", "amd64").osVersion("10.0.20348.2340");
    }

    /** A small image without layers, with a user, {@code PATH} and a config field no spec defines. */
    public static TestImage minimal(String os, String architecture) {
        return bare(os, architecture)
                .user("1000:1000")
                .env("PATH", "/usr/bin")
                .configField(
                        "somethingNew",
                        Json.mapper()
                                .createObjectNode()
                                .set(
                                        "nested",
                                        Json.mapper().createArrayNode().add(1).add(2)));
    }

    /**
     * A build image that satisfies every check: user 1001:1000, CNB ids, PATH, all base labels and the
     * deprecated stack ID (label and {@code CNB_STACK_ID}).
     */
    public static TestImage compliantBuild(String architecture) {
        return bare("linux", architecture)
                .user("1001:1000")
                .env("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
                .env("CNB_USER_ID", "1001")
                .env("CNB_GROUP_ID", "1000")
                .env("CNB_STACK_ID", STACK_ID)
                .commonLabels("build")
                .layer(TestLayer.create()
                        .directory("/etc", 0, 0, 0755)
                        .file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\ncnb:x:1001:1000::/home/cnb:/bin/bash\n")
                        .file("/etc/group", "root:x:0:\ncnb:x:1000:\n")
                        .directory("/usr/lib", 0, 0, 0755)
                        .file("/usr/lib/os-release", "NAME=\"Ubuntu\"\nID=ubuntu\nVERSION_ID=\"22.04\"\n")
                        .symlink("/etc/os-release", "../usr/lib/os-release")
                        .directory("/home", 0, 0, 0755)
                        .directory("/home/cnb", 1001, 1000, 0755));
    }

    /** A run image that satisfies every check: user 1002:1000, PATH, all base labels, rebasable, stack ID. */
    public static TestImage compliantRun(String architecture) {
        return bare("linux", architecture)
                .user("1002:1000")
                .env("PATH", "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
                .commonLabels("run")
                .label("io.buildpacks.rebasable", "true")
                .label("io.buildpacks.base.id", "io.example.stacks.jammy")
                .layer(TestLayer.create()
                        .directory("/etc", 0, 0, 0755)
                        .file("/etc/passwd", "root:x:0:0:root:/root:/bin/bash\ncnb:x:1002:1000::/home/cnb:/bin/sh\n")
                        .file("/etc/group", "root:x:0:\ncnb:x:1000:\n")
                        .file("/etc/os-release", "ID=ubuntu\nVERSION_ID=\"22.04\"\n"));
    }

    private TestImage commonLabels(String role) {
        return label("io.buildpacks.base.maintainer", "Example Stacks Team")
                .label("io.buildpacks.base.homepage", "https://stacks.example.com")
                .label("io.buildpacks.base.released", "2026-01-01T00:00:00Z")
                .label("io.buildpacks.base.description", "Example jammy " + role + " image")
                .label("io.buildpacks.base.metadata", "{\"packages\":[]}")
                .label("io.buildpacks.base.distro.name", "ubuntu")
                .label("io.buildpacks.base.distro.version", "22.04")
                .label("io.buildpacks.stack.id", STACK_ID);
    }

    public TestImage user(String value) {
        this.user = value;
        this.userSet = true;
        return this;
    }

    /** Sets a variable of {@code Env}: in place of an entry of that name, else at the end. */
    public TestImage env(String name, String value) {
        for (int i = 0; i < env.size(); i++) {
            if (env.get(i).startsWith(name + "=")) {
                env.set(i, name + "=" + value);
                return this;
            }
        }
        env.add(name + "=" + value);
        return this;
    }

    /** Adds an {@code Env} entry as written: a second one of a name, or one without {@code =}. */
    public TestImage envEntry(String entry) {
        env.add(entry);
        return this;
    }

    public TestImage withoutEnv(String name) {
        env.removeIf(entry -> entry.equals(name) || entry.startsWith(name + "="));
        return this;
    }

    public TestImage label(String name, String value) {
        labels.put(name, value);
        return this;
    }

    public TestImage withoutLabel(String name) {
        labels.remove(name);
        return this;
    }

    public TestImage withoutLabelsStartingWith(String prefix) {
        labels.keySet().removeIf(name -> name.startsWith(prefix));
        return this;
    }

    public TestImage os(String value) {
        config.put("os", value);
        return this;
    }

    public TestImage architecture(String value) {
        config.put("architecture", value);
        return this;
    }

    public TestImage variant(String value) {
        config.put("variant", value);
        return this;
    }

    public TestImage osVersion(String value) {
        config.put("os.version", value);
        return this;
    }

    /**
     * The platform an index entry claims for this image when it differs from the config's (a
     * mislabelled index); by default the entry lists the config's platform.
     */
    public TestImage listedAs(String platform) {
        this.listedPlatform = Platform.parse(platform);
        return this;
    }

    /** Removes a top-level config field such as {@code os.version}. */
    public TestImage withoutField(String name) {
        config.remove(name);
        return this;
    }

    /** Any other top-level config field, e.g. one the rule does not know. */
    public TestImage configField(String name, JsonNode value) {
        config.set(name, value);
        return this;
    }

    /** The config's {@code WorkingDir}. */
    public TestImage workingDir(String value) {
        this.workingDir = value;
        return this;
    }

    /** An environment variable's value, if set. */
    public Optional<String> envValue(String name) {
        return env.stream()
                .filter(entry -> entry.startsWith(name + "="))
                .map(entry -> entry.substring(name.length() + 1))
                .findFirst();
    }

    /** A label's value, if set. */
    public Optional<String> labelValue(String name) {
        return Optional.ofNullable(labels.get(name));
    }

    public TestImage layer(TestLayer layer) {
        layers.add(layer);
        return this;
    }

    public TestImage withoutLayers() {
        layers.clear();
        return this;
    }

    public String os() {
        return config.path("os").asText();
    }

    public String architecture() {
        return config.path("architecture").asText();
    }

    public String variant() {
        JsonNode variant = config.get("variant");
        return variant == null ? null : variant.asText();
    }

    /** The platform an index entry lists for this image. */
    public Platform listedPlatform() {
        return listedPlatform != null ? listedPlatform : Platform.of(os(), architecture(), variant());
    }

    public List<TestLayer> layers() {
        return List.copyOf(layers);
    }

    /** The config JSON, with {@code rootfs.diff_ids} of the layers. */
    public ObjectNode configJson() {
        ObjectNode json = config.deepCopy();
        ObjectNode containerConfig = json.putObject("config");
        if (userSet) {
            containerConfig.put("User", user);
        }
        if (!env.isEmpty()) {
            env.forEach(entry -> containerConfig.withArray("Env").add(entry));
        }
        if (workingDir != null) {
            containerConfig.put("WorkingDir", workingDir);
        }
        if (!labels.isEmpty()) {
            ObjectNode labelNode = containerConfig.putObject("Labels");
            labels.forEach(labelNode::put);
        }
        ObjectNode rootfs = json.putObject("rootfs");
        rootfs.put("type", "layers");
        layers.forEach(layer -> rootfs.withArray("diff_ids").add(layer.diffId().toString()));
        return json;
    }

    /** The config, parsed as the rule parses it. */
    public ImageConfig config() {
        byte[] raw = configBytes();
        try {
            return ImageConfig.parse(Digest.sha256(raw), raw);
        } catch (ImageReadException e) {
            throw new IllegalStateException("the test image's config does not parse", e);
        }
    }

    /** The image in memory, its layers included, under {@code reference}. */
    public PlatformImage platformImage(String reference) {
        return new InMemoryImages().image(reference, this);
    }

    /** The image as a check sees the build image ({@value #BUILD_REFERENCE}), its layers not inspected. */
    public ImageUnderCheck asBuild() {
        return asBuild(ImageFacts.unavailable("layers are not inspected"));
    }

    /** The image as a check sees the build image ({@value #BUILD_REFERENCE}), with these filesystem facts. */
    public ImageUnderCheck asBuild(ImageFacts facts) {
        return new ImageUnderCheck(Role.BUILD, platformImage(BUILD_REFERENCE), facts);
    }

    /** The image as a check sees the run image ({@value #RUN_REFERENCE}), its layers not inspected. */
    public ImageUnderCheck asRun() {
        return asRun(ImageFacts.unavailable("layers are not inspected"));
    }

    /** The image as a check sees the run image ({@value #RUN_REFERENCE}), with these filesystem facts. */
    public ImageUnderCheck asRun(ImageFacts facts) {
        return new ImageUnderCheck(Role.RUN, platformImage(RUN_REFERENCE), facts);
    }

    /** The image as a check sees the previous run image ({@value #PREVIOUS_REFERENCE}), with these facts. */
    public ImageUnderCheck asPrevious(ImageFacts facts) {
        return new ImageUnderCheck(Role.PREVIOUS, platformImage(PREVIOUS_REFERENCE), facts);
    }

    /** The image as a check sees a builder ({@value #BUILDER_REFERENCE}), its layers not inspected. */
    public ImageUnderCheck asBuilder() {
        return new ImageUnderCheck(
                Role.BUILDER, platformImage(BUILDER_REFERENCE), ImageFacts.unavailable("layers are not inspected"));
    }

    /** The image as a check sees a run image (or mirror) paired with {@code build}, its layers not inspected. */
    public ImageUnderCheck asRunPairedWith(ImageUnderCheck build) {
        return new ImageUnderCheck(
                Role.RUN, platformImage(RUN_REFERENCE), ImageFacts.unavailable("layers are not inspected"), build);
    }

    public byte[] configBytes() {
        try {
            return Json.mapper().writeValueAsBytes(configJson());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
