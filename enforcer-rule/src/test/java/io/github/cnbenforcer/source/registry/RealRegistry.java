package io.github.cnbenforcer.source.registry;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.cnbenforcer.image.MediaTypes;
import io.github.cnbenforcer.testing.ImageBlobs;
import io.github.cnbenforcer.testing.TestImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The CNCF Distribution registry of the Debian package {@code docker-registry}, started for a test on
 * 127.0.0.1 (anonymous, plain HTTP, its own storage), stopped, or killed in the middle of a run. It
 * never outlives five minutes, whatever happens to the test's JVM.
 */
public final class RealRegistry implements AutoCloseable {
    private static final String BINARY = "docker-registry";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private RealRegistry(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a registry with its storage under {@code directory}; fails if the package is not installed. */
    public static RealRegistry start(Path directory) throws IOException, InterruptedException {
        int port = freePort();
        Path config = directory.resolve("config.yml");
        Files.writeString(
                config,
                String.join(
                        "\n",
                        "version: 0.1",
                        "log:",
                        "  level: error",
                        "  accesslog:",
                        "    disabled: true",
                        "storage:",
                        "  filesystem:",
                        "    rootdirectory: " + Files.createDirectories(directory.resolve("storage")),
                        "http:",
                        "  addr: 127.0.0.1:" + port,
                        ""));
        ProcessBuilder builder = new ProcessBuilder(
                        "timeout",
                        "-s",
                        "KILL",
                        String.valueOf(LIFETIME.getSeconds()),
                        BINARY,
                        "serve",
                        config.toString())
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("registry.log").toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("REGISTRY_"));
        RealRegistry registry = new RealRegistry(builder.start(), port);
        registry.awaitReady(directory);
        return registry;
    }

    public String authority() {
        return "127.0.0.1:" + port;
    }

    /** Pushes an image as {@code repository:tag}, through the distribution API (blob uploads, manifest PUT). */
    public void push(String repository, String tag, TestImage image) throws IOException, InterruptedException {
        ImageBlobs blobs = ImageBlobs.create();
        push(repository, tag, blobs, blobs.image(image));
    }

    /**
     * Pushes the image {@code root} names, as {@code repository:tag}: every blob uploaded, every other
     * manifest put by its digest (each after what it lists), the root under the tag.
     */
    public void push(String repository, String tag, ImageBlobs blobs, ObjectNode root)
            throws IOException, InterruptedException {
        ImageBlobs.Blob rootBlob = blobs.get(root);
        for (ImageBlobs.Blob blob : blobs.all()) {
            if (MediaTypes.isManifest(blob.mediaType()) || MediaTypes.isIndex(blob.mediaType())) {
                if (!blob.digest().equals(rootBlob.digest())) {
                    putManifest(repository, blob.digest().toString(), blob);
                }
            } else {
                uploadBlob(repository, blob.digest().toString(), blob.content());
            }
        }
        putManifest(repository, tag, rootBlob);
    }

    private void putManifest(String repository, String reference, ImageBlobs.Blob manifest)
            throws IOException, InterruptedException {
        expect(
                201,
                send(HttpRequest.newBuilder(uri("/v2/" + repository + "/manifests/" + reference))
                        .header("Content-Type", manifest.mediaType())
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(manifest.content()))));
    }

    /** Ends the registry at once, as a crash or an OOM kill would. */
    public void kill() throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        kill();
    }

    private void uploadBlob(String repository, String digest, byte[] content) throws IOException, InterruptedException {
        HttpResponse<String> started = send(HttpRequest.newBuilder(uri("/v2/" + repository + "/blobs/uploads/"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        expect(202, started);
        String location = started.headers().firstValue("Location").orElseThrow();
        URI upload = URI.create("http://" + authority()).resolve(location);
        String separator = upload.getRawQuery() == null ? "?" : "&";
        expect(
                201,
                send(HttpRequest.newBuilder(URI.create(upload + separator + "digest=" + digest))
                        .header("Content-Type", "application/octet-stream")
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(content))));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void expect(int status, HttpResponse<String> response) throws IOException {
        if (response.statusCode() != status) {
            throw new IOException(response.request().method() + " "
                    + response.request().uri() + " answered " + response.statusCode() + ": " + response.body());
        }
    }

    private URI uri(String path) {
        return URI.create("http://" + authority() + path);
    }

    private void awaitReady(Path directory) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(BINARY + " ended at start (is the Debian package docker-registry installed?): "
                        + Files.readString(directory.resolve("registry.log")));
            }
            try {
                if (send(HttpRequest.newBuilder(uri("/v2/")).GET()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        kill();
        throw new IOException(BINARY + " did not answer /v2/ within 30 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
