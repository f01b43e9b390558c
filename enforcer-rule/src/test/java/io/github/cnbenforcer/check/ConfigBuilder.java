package io.github.cnbenforcer.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.ImageConfig;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;

/** Builds an image config in code: {@code ConfigBuilder.linux().user("1001:1000").env("PATH", "/bin")}. */
public final class ConfigBuilder {
    private final ObjectNode root = Json.mapper().createObjectNode();
    private final ObjectNode config = root.putObject("config");

    private ConfigBuilder() {}

    /** A config with no fields at all. */
    public static ConfigBuilder bare() {
        return new ConfigBuilder();
    }

    public static ConfigBuilder linux() {
        return bare().os("linux").architecture("amd64");
    }

    public static ConfigBuilder windows() {
        return bare().os("windows").architecture("amd64").osVersion("10.0.20348.2340");
    }

    public ConfigBuilder os(String os) {
        root.put("os", os);
        return this;
    }

    public ConfigBuilder architecture(String architecture) {
        root.put("architecture", architecture);
        return this;
    }

    public ConfigBuilder variant(String variant) {
        root.put("variant", variant);
        return this;
    }

    public ConfigBuilder osVersion(String osVersion) {
        root.put("os.version", osVersion);
        return this;
    }

    /** Removes a top-level field such as {@code os.version}. */
    public ConfigBuilder without(String field) {
        root.remove(field);
        return this;
    }

    public ConfigBuilder user(String user) {
        config.put("User", user);
        return this;
    }

    public ConfigBuilder env(String name, String value) {
        return envEntry(name + "=" + value);
    }

    /** An {@code Env} entry as written, e.g. one without {@code =}. */
    public ConfigBuilder envEntry(String entry) {
        ArrayNode env = config.has("Env") ? (ArrayNode) config.get("Env") : config.putArray("Env");
        env.add(entry);
        return this;
    }

    public ConfigBuilder label(String name, String value) {
        ObjectNode labels = config.has("Labels") ? (ObjectNode) config.get("Labels") : config.putObject("Labels");
        labels.put(name, value);
        return this;
    }

    public ImageConfig build() {
        try {
            byte[] raw = Json.mapper().writeValueAsBytes(root);
            return ImageConfig.parse(Digest.sha256(raw), raw);
        } catch (JsonProcessingException | ImageReadException e) {
            throw new IllegalStateException(e);
        }
    }
}
