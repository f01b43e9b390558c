package io.github.cnbenforcer.source.registry;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.cnbenforcer.image.FetchException;
import io.github.cnbenforcer.image.ImageReadException;
import io.github.cnbenforcer.image.Json;
import io.github.cnbenforcer.source.registry.auth.CredentialLookupException;
import io.github.cnbenforcer.source.registry.auth.RegistryHost;
import io.github.cnbenforcer.source.registry.transport.AuthenticationException;
import io.github.cnbenforcer.source.registry.transport.HttpTransport;
import io.github.cnbenforcer.source.registry.transport.InsecureTransportException;
import io.github.cnbenforcer.source.registry.transport.Response;
import io.github.cnbenforcer.source.registry.transport.RetryPolicy;
import io.github.cnbenforcer.source.registry.transport.TransferTimeoutException;
import io.github.cnbenforcer.text.Escape;
import java.io.IOException;
import java.net.ConnectException;
import java.net.ProtocolException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import javax.net.ssl.SSLException;

/**
 * Turns what went wrong with a registry into a sentence a person can act on: what was read, from
 * which registry, why it failed and what to do. Never a credential, never a stack trace.
 */
final class RegistryErrors {
    private static final int MAX_ERROR_BODY = 16 * 1024;

    private final RegistryHost registry;
    private final Supplier<String> credentialSource;
    private final Duration timeout;

    RegistryErrors(RegistryHost registry, Supplier<String> credentialSource, Duration timeout) {
        this.registry = registry;
        this.credentialSource = credentialSource;
        this.timeout = timeout;
    }

    /**
     * For an answer that is not 2xx.
     *
     * @param subject what was read, e.g. "ghcr.io/acme/run:jammy" or "the config blob sha256:… of ghcr.io/acme/run"
     * @param qualifier the tag or digest asked for, or {@code null} for a blob
     */
    ImageReadException forStatus(Response response, String subject, String repository, String qualifier) {
        int status = response.status();
        String code = errorCode(response);
        String detail = code == null ? "HTTP " + status : "HTTP " + status + ", " + code;
        String name = name();
        if (status == 404) {
            return new ImageReadException(notFound(subject, repository, qualifier, code, detail));
        }
        if (status == 401) {
            return new ImageReadException(unauthorized(repository, detail));
        }
        if (status == 403) {
            return new ImageReadException(
                    isAnonymous()
                            ? name + " denied anonymous access to the repository '" + repository + "' (" + detail
                                    + "): " + howToAddCredentials()
                            : name + " denied access to the repository '" + repository + "' (" + detail + ") with "
                                    + credentialPhrase() + ": that login may not pull it");
        }
        if (status == 429) {
            return new ImageReadException(name + " kept limiting the rate of requests for " + subject + " (" + detail
                    + ", " + RetryPolicy.MAX_TRIES + " tries): wait and run again, or authenticate, as anonymous"
                    + " pulls have lower limits");
        }
        if (RetryPolicy.isRetryable(status)) {
            return new ImageReadException(name + " failed to serve " + subject + " (" + detail + ", "
                    + RetryPolicy.MAX_TRIES + " tries): the registry has a problem; try again later");
        }
        return new ImageReadException(name + " answered " + subject + " with " + detail
                + ", which the rule does not expect from an OCI distribution registry");
    }

    /** For a request that got no usable answer. */
    ImageReadException forFailure(IOException failure, String subject) {
        return new ImageReadException(Escape.line(describe(failure, subject)), failure);
    }

    private String describe(IOException failure, String subject) {
        String name = name();
        if (failure instanceof TooLargeException || failure instanceof InsecureTransportException) {
            return failure.getMessage();
        }
        if (failure instanceof CredentialLookupException) {
            return "cannot look up the credentials for " + name + ": " + failure.getMessage();
        }
        if (failure instanceof AuthenticationException) {
            return tokenRefused((AuthenticationException) failure, subject);
        }
        if (HttpTransport.isUnknownHost(failure)) {
            return "the host of " + name + " is unknown (its name does not resolve): check the registry in the"
                    + " reference " + subject + ", the DNS, or the proxy settings (settings.xml <proxies>)";
        }
        if (failure instanceof TransferTimeoutException) {
            return outOfTime((TransferTimeoutException) failure, subject);
        }
        if (failure instanceof HttpConnectTimeoutException) {
            return name + " could not be connected to within " + timeout.getSeconds() + " s: check the"
                    + " network, the proxy settings (settings.xml <proxies>, https.proxyHost), or raise <timeout>";
        }
        if (failure instanceof HttpTimeoutException) {
            return name + " did not answer within " + timeout.getSeconds() + " s while sending " + subject
                    + ": try again, or raise <timeout>";
        }
        if (failure instanceof ConnectException) {
            return name + " refused the connection (nothing listens at " + registry.authority()
                    + "): check the host and port of " + subject + ", and that the registry is running";
        }
        if (failure instanceof SSLException) {
            return "TLS with " + name + " failed (" + firstLine(failure.getMessage()) + "): if the registry uses a"
                    + " private or self-signed certificate, add its CA to a Java truststore (for example"
                    + " -Djavax.net.ssl.trustStore=… in MAVEN_OPTS or .mvn/jvm.config); for a test registry only,"
                    + " set <allowInsecureRegistries>true</allowInsecureRegistries>";
        }
        if (failure instanceof ProtocolException) {
            return name + " sent an answer that is not valid HTTP while sending " + subject + " ("
                    + firstLine(failure.getMessage()) + "): check that " + registry.authority()
                    + " is a registry, and any proxy in between";
        }
        if (failure instanceof FetchException) {
            return "reading " + subject + " from " + name + " failed: " + firstLine(failure.getMessage())
                    + ": try again";
        }
        return "reading " + subject + " from " + name + " failed: " + firstLine(String.valueOf(failure.getMessage()));
    }

    private String outOfTime(TransferTimeoutException failure, String subject) {
        long seconds = failure.limit().getSeconds();
        String host = failure.host().equals(registry.displayName()) ? name() : failure.host();
        switch (failure.kind()) {
            case RULE_DEADLINE:
                return "the rule's deadline of " + seconds + " s (<deadline>) passed while waiting for " + host
                        + " to send " + subject + " (" + failure.request() + "): raise <deadline>, or find out why"
                        + " the registry is slow";
            case TOO_SLOW:
                return host + " sent " + subject + " too slowly: not done after " + seconds + " s, the timeout plus"
                        + " 1 s per 64 KiB expected (" + failure.request() + "): check the network, or raise"
                        + " <timeout>";
            case NO_ANSWER:
            default:
                return host + " accepted the connection, then sent no data for " + seconds + " s while sending "
                        + subject + " (" + failure.request() + "): the registry is overloaded or this is not a"
                        + " registry; try again, or raise <timeout>";
        }
    }

    private String notFound(String subject, String repository, String qualifier, String code, String detail) {
        String name = name();
        if ("NAME_UNKNOWN".equals(code)) {
            return "the repository '" + repository + "' does not exist in " + name + " (" + detail
                    + "): check the repository of " + subject;
        }
        if (qualifier == null) {
            return name + " does not have " + subject + " (" + detail + "), which the image's manifest lists:"
                    + " the image is incomplete in this registry";
        }
        String what = qualifier.contains(":") ? "no manifest " + qualifier : "no tag '" + qualifier + "'";
        if ("MANIFEST_UNKNOWN".equals(code)) {
            return name + " has " + what + " in the repository '" + repository + "' (" + detail + "): check the"
                    + " tag and the repository of " + subject + "; 'skopeo list-tags docker://"
                    + registry.displayName() + "/" + repository + "' lists the tags";
        }
        return name + " has " + what + " in the repository '" + repository + "' (" + detail
                + "): the repository or the tag does not exist; check " + subject;
    }

    private String unauthorized(String repository, String detail) {
        String name = name();
        String hubNote =
                registry.isDockerHub() ? " (Docker Hub also answers so for a repository that does not" + " exist)" : "";
        if (isAnonymous()) {
            return name + " requires authentication for the repository '" + repository + "' (" + detail
                    + ") and no credentials were found" + hubNote + ": " + howToAddCredentials();
        }
        return name + " refused the " + credentialPhrase() + " for the repository '" + repository + "' (" + detail
                + ")" + hubNote + ": check the username and password or token, and that they may pull this"
                + " repository";
    }

    private String tokenRefused(AuthenticationException failure, String subject) {
        if (failure.status() < 0) {
            return failure.getMessage() + " for " + subject + " (" + name() + ")";
        }
        if ("anonymous".equals(failure.credentialSource())) {
            return failure.getMessage() + " for " + subject + ": " + howToAddCredentials();
        }
        return failure.getMessage() + " for " + subject + ": check the username and password or token of "
                + failure.credentialSource();
    }

    private String howToAddCredentials() {
        String id = registry.credentialKeys().get(0);
        String others = registry.credentialKeys().size() > 1
                ? " (or "
                        + String.join(
                                ", ",
                                registry.credentialKeys()
                                        .subList(1, registry.credentialKeys().size())) + ")"
                : "";
        return "add a <server> with <id>" + id + "</id>" + others + ", <username> and <password> to settings.xml,"
                + " set CNB_REGISTRY_AUTH, or run 'docker login " + registry.displayName() + "'";
    }

    private String credentialPhrase() {
        return "credentials from " + credentialSource.get();
    }

    private boolean isAnonymous() {
        return "anonymous".equals(credentialSource.get());
    }

    private String name() {
        return "the registry " + registry.displayName();
    }

    /** The first error code of a distribution error body ({@code {"errors":[{"code":…}]}}), if any. */
    private static String errorCode(Response response) {
        byte[] body = response.bodyPrefix(MAX_ERROR_BODY);
        try {
            JsonNode code = Json.tree(body).path("errors").path(0).path("code");
            return code.isTextual() && code.asText().matches("[A-Z_]{1,64}") ? code.asText() : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The first line of a text from a library or a server. */
    private static String firstLine(String message) {
        if (message == null) {
            return "no details";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
