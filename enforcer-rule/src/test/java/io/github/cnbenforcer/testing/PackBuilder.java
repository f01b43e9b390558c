package io.github.cnbenforcer.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A builder image made as {@code pack builder create} (pack 0.36, {@code internal/builder}) makes one:
 * the build image plus a layer with a buildpack and one with the lifecycle, the files under {@code /cnb}
 * ({@code order.toml}, {@code stack.toml}, {@code run.toml}) and {@code /platform/env}; the working
 * directory {@code /layers}, and the labels pack writes: {@code io.buildpacks.builder.metadata} (the
 * run images, the lifecycle and its APIs), {@code io.buildpacks.buildpack.order}, {@code
 * io.buildpacks.buildpack.layers} and {@code io.buildpacks.stack.mixins} (the build image's, or
 * {@code null} as Go writes a nil list).
 */
public final class PackBuilder {
    /** The lifecycle version the metadata declares. */
    public static final String LIFECYCLE_VERSION = "0.20.5";

    private static final List<String> PLATFORM_APIS =
            List.of("0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "0.10", "0.11", "0.12", "0.13", "0.14");
    private static final List<String> BUILDPACK_APIS =
            List.of("0.2", "0.3", "0.4", "0.5", "0.6", "0.7", "0.8", "0.9", "0.10", "0.11");
    private static final String BUILDPACK = "example/go";
    private static final String BUILDPACK_VERSION = "1.0.0";

    private final TestImage build;
    private final List<String> runImages = new ArrayList<>();
    private final List<List<String>> mirrors = new ArrayList<>();

    private PackBuilder(TestImage build) {
        this.build = build;
    }

    /** A builder made from {@code build}, which it takes over (pass a fresh image). */
    public static PackBuilder from(TestImage build) {
        return new PackBuilder(build);
    }

    /** A run image the builder names, with its mirrors; the first is the default. */
    public PackBuilder runImage(String image, String... imageMirrors) {
        runImages.add(image);
        mirrors.add(List.of(imageMirrors));
        return this;
    }

    /** The builder image: the build image, a layer with the buildpack, and one with the lifecycle and /cnb. */
    public TestImage image() {
        long uid = Long.parseLong(build.envValue("CNB_USER_ID").orElse("0"));
        long gid = Long.parseLong(build.envValue("CNB_GROUP_ID").orElse("0"));
        String buildpackDir = "/cnb/buildpacks/" + BUILDPACK.replace('/', '_') + "/" + BUILDPACK_VERSION;
        TestLayer buildpack = TestLayer.create()
                .directory(buildpackDir, 0, 0, 0755)
                .file(buildpackDir + "/buildpack.toml", buildpackToml(), 0, 0, 0644)
                .file(buildpackDir + "/bin/detect", "#!/bin/sh\n", 0, 0, 0755)
                .file(buildpackDir + "/bin/build", "#!/bin/sh\n", 0, 0, 0755);
        return build.label("io.buildpacks.builder.metadata", json(metadata()))
                .label("io.buildpacks.buildpack.order", json(order()))
                .label("io.buildpacks.buildpack.layers", json(layers(buildpack)))
                .label(
                        "io.buildpacks.stack.mixins",
                        build.labelValue("io.buildpacks.stack.mixins").orElse("null"))
                .workingDir("/layers")
                .layer(buildpack)
                .layer(TestLayer.create()
                        .directory("/cnb", 0, 0, 0755)
                        .directory("/cnb/lifecycle", 0, 0, 0755)
                        .file("/cnb/lifecycle/lifecycle", "#!/bin/sh\n", 0, 0, 0755)
                        .symlink("/cnb/lifecycle/builder", "lifecycle")
                        .symlink("/cnb/lifecycle/launcher", "lifecycle")
                        .file("/cnb/order.toml", orderToml(), 0, 0, 0644)
                        .file("/cnb/stack.toml", stackToml(), 0, 0, 0644)
                        .file("/cnb/run.toml", runToml(), 0, 0, 0644)
                        .directory("/platform", 0, 0, 0755)
                        .directory("/platform/env", 0, 0, 0755)
                        .directory("/layers", uid, gid, 0755)
                        .directory("/workspace", uid, gid, 0755));
    }

    private ObjectNode metadata() {
        ObjectNode metadata = Json.mapper().createObjectNode();
        metadata.put("description", "An example builder");
        metadata.putArray("buildpacks")
                .addObject()
                .put("id", BUILDPACK)
                .put("version", BUILDPACK_VERSION)
                .put("homepage", "https://example.com/go");
        metadata.putNull("extensions");
        ObjectNode stackRunImage = metadata.putObject("stack").putObject("runImage");
        stackRunImage.put("image", "");
        stackRunImage.putNull("mirrors");
        ObjectNode lifecycle = metadata.putObject("lifecycle");
        lifecycle.put("version", LIFECYCLE_VERSION);
        lifecycle.putObject("api").put("buildpack", "0.2").put("platform", "0.3");
        ObjectNode apis = lifecycle.putObject("apis");
        apis(apis.putObject("buildpack"), BUILDPACK_APIS);
        apis(apis.putObject("platform"), PLATFORM_APIS);
        metadata.putObject("createdBy").put("name", "Pack CLI").put("version", "0.36.0+git-a4b6f0e.build-6343");
        ArrayNode images = metadata.putArray("images");
        for (int i = 0; i < runImages.size(); i++) {
            ObjectNode image = images.addObject().put("image", runImages.get(i));
            if (mirrors.get(i).isEmpty()) {
                image.putNull("mirrors");
            } else {
                mirrors.get(i).forEach(image.putArray("mirrors")::add);
            }
        }
        return metadata;
    }

    private static void apis(ObjectNode node, List<String> supported) {
        node.putArray("deprecated");
        supported.forEach(node.putArray("supported")::add);
    }

    private static ArrayNode order() {
        ArrayNode order = Json.mapper().createArrayNode();
        order.addObject().putArray("group").addObject().put("id", BUILDPACK).put("version", BUILDPACK_VERSION);
        return order;
    }

    private ObjectNode layers(TestLayer buildpack) {
        ObjectNode layers = Json.mapper().createObjectNode();
        ObjectNode info = layers.putObject(BUILDPACK).putObject(BUILDPACK_VERSION);
        info.put("api", "0.10");
        info.putArray("targets").addObject().put("os", build.os()).put("arch", build.architecture());
        info.put("layerDiffID", buildpack.diffId().toString());
        info.put("homepage", "https://example.com/go");
        return layers;
    }

    private static String buildpackToml() {
        return "api = \"0.10\"\n\n[buildpack]\n  id = \"" + BUILDPACK + "\"\n  version = \"" + BUILDPACK_VERSION
                + "\"\n";
    }

    private static String orderToml() {
        return "[[order]]\n\n  [[order.group]]\n    id = \"" + BUILDPACK + "\"\n    version = \"" + BUILDPACK_VERSION
                + "\"\n";
    }

    private String stackToml() {
        return runImages.isEmpty()
                ? ""
                : "[run-image]\n  image = \"" + runImages.get(0) + "\"\n  mirrors = " + tomlList(mirrors.get(0)) + "\n";
    }

    private String runToml() {
        StringBuilder toml = new StringBuilder();
        for (int i = 0; i < runImages.size(); i++) {
            toml.append("[[images]]\n  image = \"")
                    .append(runImages.get(i))
                    .append("\"\n  mirrors = ")
                    .append(tomlList(mirrors.get(i)))
                    .append("\n\n");
        }
        return toml.toString();
    }

    private static String tomlList(List<String> values) {
        return values.stream().map(value -> "\"" + value + "\"").collect(Collectors.joining(", ", "[", "]"));
    }

    private static String json(JsonNode node) {
        try {
            return Json.mapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
