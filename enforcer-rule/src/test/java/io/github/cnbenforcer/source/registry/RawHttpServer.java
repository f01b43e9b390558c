package io.github.cnbenforcer.source.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A server on 127.0.0.1 that answers each connection with whatever bytes a test writes, as slowly
 * as it likes: for what a real registry cannot do on cue (trickle, stall, send malformed headers).
 */
public final class RawHttpServer implements AutoCloseable {
    /** Writes the answer to one request; {@code requestHead} is null for a connection that sends no HTTP (TLS). */
    @FunctionalInterface
    public interface Handler {
        void answer(String requestHead, OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocket socket;
    private final Handler handler;

    public RawHttpServer(Handler handler) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.handler = handler;
        Thread acceptor = new Thread(this::acceptAll, "raw-http-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Answers {@code GET /v2/} with 200, and every other request with {@code handler}. */
    public static RawHttpServer registry(Handler handler) throws IOException {
        return new RawHttpServer((head, out) -> {
            if (head != null && head.startsWith("GET /v2/ ")) {
                out.write(ascii("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}"));
            } else {
                handler.answer(head, out);
            }
        });
    }

    /** A registry that declares the whole {@code Content-Length} of every body but sends only part of it. */
    public static RawHttpServer dropping(byte[] body, int sentBytes, String contentType) throws IOException {
        return registry((head, out) -> {
            out.write(ascii("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                    + "\r\n\r\n"));
            out.write(body, 0, sentBytes);
        });
    }

    public String authority() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code bytes} one at a time, {@code pause} apart. */
    public static void trickle(OutputStream out, byte[] bytes, Duration pause)
            throws IOException, InterruptedException {
        for (byte b : bytes) {
            out.write(b);
            out.flush();
            Thread.sleep(pause.toMillis());
        }
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread worker = new Thread(() -> answer(connection), "raw-http-server-connection");
                worker.setDaemon(true);
                worker.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            OutputStream out = connection.getOutputStream();
            handler.answer(readHead(connection.getInputStream()), out);
            out.flush();
        } catch (IOException e) {
            // the client went away
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The request line and headers, or {@code null} for a connection that sends no HTTP (a TLS hello). */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (head.size() == 0 && (b < 'A' || b > 'Z')) {
                return null;
            }
            head.write(b);
            String text = head.toString(StandardCharsets.ISO_8859_1);
            if (text.endsWith("\r\n\r\n")) {
                return text;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
