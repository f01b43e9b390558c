package io.github.cnbenforcer.source.registry.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** A registry's answer: status, headers and the body as a stream, which the caller closes. */
public final class Response implements Closeable {
    private final URI uri;
    private final int status;
    private final HttpHeaders headers;
    private final InputStream body;

    public Response(URI uri, int status, HttpHeaders headers, InputStream body) {
        this.uri = uri;
        this.status = status;
        this.headers = headers;
        this.body = body;
    }

    /** The URI that answered (after any redirects). */
    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    public List<String> headers(String name) {
        return headers.allValues(name);
    }

    /** The declared body length, if the server sent one. */
    public OptionalLong contentLength() {
        return headers.firstValueAsLong("Content-Length");
    }

    public InputStream body() {
        return body;
    }

    /** Reads at most {@code limit} bytes of the body, for error details; never fails. */
    public byte[] bodyPrefix(int limit) {
        try {
            return body.readNBytes(limit);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Closes the body, ignoring errors: for answers whose body is not needed. */
    public void discard() {
        try {
            body.close();
        } catch (IOException e) {
            // nothing was going to be read from it
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
    }

    @Override
    public String toString() {
        return "HTTP " + status + " from " + uri.getHost();
    }
}
