package io.github.cnbenforcer.source.registry.auth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

/**
 * Real docker credential helpers for tests: shell scripts named {@code docker-credential-NAME} in a
 * directory that the environment's {@code PATH} starts with. Each one writes what it was asked
 * (its arguments and standard input) to {@code NAME.asked} beside it.
 */
public final class CredentialHelpers {
    private final Path bin;

    public CredentialHelpers(Path bin) throws IOException {
        this.bin = Files.createDirectories(bin);
    }

    /** The environment the rule passes on: {@code PATH} with the helpers first, and the system's tools. */
    public Map<String, String> environment() {
        return Map.of("PATH", bin + ":/usr/bin:/bin");
    }

    /** A helper that answers {@code {"ServerURL":…,"Username":username,"Secret":secret}}. */
    public CredentialHelpers answering(String name, String username, String secret) throws IOException {
        return write(
                name,
                "printf '{\"ServerURL\":\"%s\",\"Username\":\"%s\",\"Secret\":\"%s\"}' \"$server\" '" + username + "' '"
                        + secret + "'");
    }

    /** A helper that has no credentials, as docker's helpers say it. */
    public CredentialHelpers notFound(String name) throws IOException {
        return write(name, "echo 'credentials not found in native keychain'; exit 1");
    }

    /** A helper that fails, printing {@code secretOnStderr} to its standard error. */
    public CredentialHelpers failing(String name, String secretOnStderr) throws IOException {
        return write(name, "echo 'cannot unlock the keychain: " + secretOnStderr + "' >&2; exit 3");
    }

    /** A helper that prints something else than JSON. */
    public CredentialHelpers garbling(String name) throws IOException {
        return write(name, "echo 'Username: alice, Secret: s3cret'");
    }

    /** A helper that never answers: it starts a {@code sleep} and waits for it; both write their PIDs. */
    public CredentialHelpers hanging(String name) throws IOException {
        return write(name, "echo $$ > \"$0.pid\"; sleep 300 & echo $! > \"$0.child.pid\"; wait");
    }

    /** What the helper was asked, {@code "ARGS|STDIN"}; null if it never ran. */
    public String asked(String name) throws IOException {
        Path file = bin.resolve(name + ".asked");
        return Files.exists(file) ? Files.readString(file) : null;
    }

    /** A PID the helper wrote: {@code "pid"} for itself, {@code "child.pid"} for what it started. */
    public long pid(String name, String which) throws IOException {
        Path file = bin.resolve("docker-credential-" + name + "." + which);
        for (int tries = 0; tries < 100 && !(Files.exists(file) && Files.size(file) > 0); tries++) {
            sleep();
        }
        return Long.parseLong(Files.readString(file).trim());
    }

    private CredentialHelpers write(String name, String answer) throws IOException {
        Path script = bin.resolve("docker-credential-" + name);
        Files.writeString(
                script,
                "#!/bin/sh\nserver=$(cat)\nprintf '%s|%s' \"$*\" \"$server\" > '" + bin.resolve(name + ".asked") + "'\n"
                        + answer + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        return this;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
