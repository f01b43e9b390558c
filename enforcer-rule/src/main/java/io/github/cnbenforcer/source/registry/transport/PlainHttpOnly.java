package io.github.cnbenforcer.source.registry.transport;

import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The TLS settings of the HTTP client that only ever sends plain-HTTP requests. The JDK's client
 * makes the JVM's default TLS context when it is given none, loading the CA certificates and much
 * of the TLS stack (about a tenth of a second) even if it never speaks TLS. This context cannot make
 * a TLS connection: the client that carries it is only used for {@code http:} URIs.
 */
final class PlainHttpOnly {
    private PlainHttpOnly() {}

    static SSLContext context() {
        return new SSLContext(new NoTls(), null, "none") {};
    }

    /** Explicit parameters, so that the client does not ask the context for its defaults. */
    static SSLParameters parameters() {
        return new SSLParameters();
    }

    private static final class NoTls extends SSLContextSpi {
        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random) {
            throw refused();
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            throw refused();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            throw refused();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            throw refused();
        }

        private static IllegalStateException refused() {
            return new IllegalStateException("the plain-HTTP client makes no TLS connection");
        }
    }
}
