package io.github.cnbenforcer.source.registry.auth;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.Json;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A docker credential helper, {@code docker-credential-NAME}, asked as docker asks it: {@code get}
 * with the server URL on standard input, answering {@code {"ServerURL","Username","Secret"}} on
 * standard output, or "credentials not found" when it has none. It is stopped, with whatever it
 * started, when it has not answered within the timeout. Its output is never shown: it may hold the
 * secret.
 */
final class CredentialHelper {
    private static final String PREFIX = "docker-credential-";
    private static final String NOT_FOUND = "credentials not found";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final String name;
    private final Map<String, String> environment;
    private final Duration timeout;

    /**
     * @param name the name after {@code docker-credential-}, as config.json writes it
     * @param environment the helper's environment; its {@code PATH} is searched for the helper
     */
    CredentialHelper(String name, Map<String, String> environment, Duration timeout) {
        this.name = name;
        this.environment = environment;
        this.timeout = timeout;
    }

    /**
     * The credential the helper keeps for {@code serverUrl}; empty when it says it has none.
     *
     * @param source where the credential comes from, for messages
     * @throws CredentialLookupException if the helper is not found, fails, does not answer in time
     *     or answers with something else than the protocol's JSON
     */
    Optional<RegistryCredential> get(String serverUrl, String source) throws CredentialLookupException {
        List<String> command = List.of(locate().toString(), "get");
        HelperProcess run;
        try {
            run = HelperProcess.start(command, environment, serverUrl);
        } catch (IOException e) {
            throw failure("could not be started (" + e.getMessage() + ")");
        }
        try {
            boolean answered = run.waitFor(timeout);
            run.stop();
            if (!answered) {
                throw failure("did not answer within " + timeout.toSeconds() + " s and was stopped");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure("was interrupted");
        }
        if (run.says(NOT_FOUND)) {
            return Optional.empty();
        }
        if (run.exitCode() != 0) {
            throw failure("exited with status " + run.exitCode() + " (run '" + program() + " get' to see why)");
        }
        return credential(run.stdout(), source);
    }

    private Optional<RegistryCredential> credential(byte[] answer, String source) throws CredentialLookupException {
        JsonNode json;
        try {
            json = Json.tree(answer);
        } catch (IOException e) {
            // The parser's message may quote the answer, which holds the secret.
            json = null;
        }
        if (json == null || !json.path("Secret").isTextual()) {
            throw failure("did not answer with the JSON object of the credential-helper protocol");
        }
        String username = json.path("Username").asText("");
        String secret = json.path("Secret").asText();
        if (secret.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(RegistryCredential.login(username, secret, source));
    }

    /** Searches the helper's {@code PATH} (not the JVM's), as the shell that runs docker would. */
    private Path locate() throws CredentialLookupException {
        if (!NAME.matcher(name).matches()) {
            throw failure("is not a helper name (letters, digits, '.', '_' and '-' only)");
        }
        List<String> names = File.pathSeparatorChar == ';'
                ? List.of(program() + ".exe", program() + ".cmd", program())
                : List.of(program());
        for (String directory : environment.getOrDefault("PATH", "").split(Pattern.quote(File.pathSeparator))) {
            for (String candidate : names) {
                Path file = directory.isEmpty() ? null : Path.of(directory).resolve(candidate);
                if (file != null && Files.isRegularFile(file) && Files.isExecutable(file)) {
                    return file;
                }
            }
        }
        throw failure("is not on the PATH");
    }

    /** {@code docker-credential-NAME}. */
    String program() {
        return PREFIX + name;
    }

    private CredentialLookupException failure(String what) {
        return new CredentialLookupException("the docker credential helper " + program() + " " + what);
    }

    @Override
    public String toString() {
        return program();
    }
}
