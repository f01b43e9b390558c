package io.github.cnbenforcer.source.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A registry that drops the connection in the middle of every body: it declares the whole
 * {@code Content-Length} but sends only part of it. {@code GET /v2/} is answered properly.
 */
final class DroppingServer implements AutoCloseable {
    private final ServerSocket socket;
    private final byte[] body;
    private final int sentBytes;
    private final String contentType;

    DroppingServer(byte[] body, int sentBytes, String contentType) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.body = body;
        this.sentBytes = sentBytes;
        this.contentType = contentType;
        Thread acceptor = new Thread(this::acceptAll, "dropping-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    String authority() {
        return "127.0.0.1:" + socket.getLocalPort();
    }

    private void acceptAll() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread handler = new Thread(() -> answer(connection), "dropping-server-connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void answer(Socket connection) {
        try (connection) {
            String head = readHead(connection.getInputStream());
            if (head == null) {
                return;
            }
            OutputStream out = connection.getOutputStream();
            if (head.startsWith("GET /v2/ ")) {
                out.write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            out.write(("HTTP/1.1 200 OK\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.length
                            + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, sentBytes);
            out.flush();
        } catch (IOException e) {
            // the client went away
        }
    }

    /** The request line and headers, or {@code null} for a connection that sends no HTTP (a TLS hello). */
    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int previous = -1;
        int lineLength = 0;
        for (int b = in.read(); b >= 0; b = in.read()) {
            if (head.size() == 0 && (b < 'A' || b > 'Z')) {
                return null;
            }
            head.write(b);
            if (b == '\n') {
                if (lineLength == 0 || (lineLength == 1 && previous == '\r')) {
                    return head.toString(StandardCharsets.US_ASCII);
                }
                lineLength = 0;
            } else {
                lineLength++;
            }
            previous = b;
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
