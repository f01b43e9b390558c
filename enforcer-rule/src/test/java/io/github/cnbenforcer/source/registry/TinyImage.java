package io.github.cnbenforcer.source.registry;

import io.github.cnbenforcer.image.Digest;
import io.github.cnbenforcer.image.MediaTypes;
import java.nio.charset.StandardCharsets;

/** A one-platform image without layers, as a registry would serve it, plus fields no spec defines. */
public final class TinyImage {
    public final byte[] config;
    public final Digest configDigest;
    public final byte[] manifest;
    public final Digest manifestDigest;

    private TinyImage(String os, String architecture) {
        config = ("{\"architecture\":\"" + architecture + "\",\"os\":\"" + os + "\",\"config\":{\"User\":\"1000:1000\","
                        + "\"Env\":[\"PATH=/usr/bin\"]},\"rootfs\":{\"type\":\"layers\",\"diff_ids\":[]},"
                        + "\"somethingNew\":{\"nested\":[1,2]}}")
                .getBytes(StandardCharsets.UTF_8);
        configDigest = Digest.sha256(config);
        manifest = ("{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_MANIFEST + "\",\"artifactType\":\"x\","
                        + "\"config\":{\"mediaType\":\"" + MediaTypes.OCI_CONFIG + "\",\"digest\":\"" + configDigest
                        + "\",\"size\":" + config.length + ",\"data\":\"e30=\"},\"layers\":[],\"subject\":null}")
                .getBytes(StandardCharsets.UTF_8);
        manifestDigest = Digest.sha256(manifest);
    }

    public static TinyImage of(String os, String architecture) {
        return new TinyImage(os, architecture);
    }

    public static TinyImage linuxAmd64() {
        return of("linux", "amd64");
    }

    /** An index over {@code images}, each with its platform. */
    public static byte[] index(TinyImage... images) {
        StringBuilder json = new StringBuilder(
                "{\"schemaVersion\":2,\"mediaType\":\"" + MediaTypes.OCI_INDEX + "\",\"manifests\":[");
        for (int i = 0; i < images.length; i++) {
            String text = new String(images[i].config, StandardCharsets.UTF_8);
            String os = text.replaceAll(".*\"os\":\"([^\"]+)\".*", "$1");
            String architecture = text.replaceAll(".*\"architecture\":\"([^\"]+)\".*", "$1");
            json.append(i == 0 ? "" : ",")
                    .append("{\"mediaType\":\"")
                    .append(MediaTypes.OCI_MANIFEST)
                    .append("\",\"digest\":\"")
                    .append(images[i].manifestDigest)
                    .append("\",\"size\":")
                    .append(images[i].manifest.length)
                    .append(",\"artifactType\":\"y\",\"platform\":{\"os\":\"")
                    .append(os)
                    .append("\",\"architecture\":\"")
                    .append(architecture)
                    .append("\"}}");
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Serves the manifest under {@code tag} and its digest, and the config blob. */
    public TinyImage serveOn(FakeRegistry registry, String repository, String tag) {
        FakeRegistry.Answer manifestAnswer = FakeRegistry.Answer.ok(manifest, MediaTypes.OCI_MANIFEST)
                .withHeader("Docker-Content-Digest", manifestDigest.toString());
        registry.serve("GET", "/v2/" + repository + "/manifests/" + tag, manifestAnswer);
        registry.serve("GET", "/v2/" + repository + "/manifests/" + manifestDigest, manifestAnswer);
        registry.serve(
                "GET",
                "/v2/" + repository + "/blobs/" + configDigest,
                FakeRegistry.Answer.ok(config, "application/octet-stream"));
        return this;
    }
}
