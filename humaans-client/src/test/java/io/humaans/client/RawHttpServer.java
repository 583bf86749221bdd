package io.humaans.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A tiny HTTP/1.1 server on a raw socket for faults MockWebServer cannot produce exactly, such as a
 * chunked body cut right at a chunk boundary. Each connection serves one request: the handler
 * returns the bytes to write (status line, headers, body as framed) and the connection is closed.
 */
final class RawHttpServer implements AutoCloseable {
  /** Produces the raw response bytes for the n-th request (1-based) to {@code target}. */
  interface Handler {
    byte[] respond(int n, String target) throws IOException;
  }

  final List<String> targets = new CopyOnWriteArrayList<>();
  private final ServerSocket socket;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  RawHttpServer(Handler handler) throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor =
        new Thread(
            () -> {
              while (!socket.isClosed()) {
                try {
                  Socket s = socket.accept();
                  Thread t = new Thread(() -> serve(s, handler), "raw-http-conn");
                  t.setDaemon(true);
                  t.start();
                } catch (IOException e) {
                  return;
                }
              }
            },
            "raw-http-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void serve(Socket s, Handler handler) {
    try (s) {
      String target = readRequestTarget(s.getInputStream());
      if (target == null) {
        return;
      }
      targets.add(target);
      OutputStream out = s.getOutputStream();
      out.write(handler.respond(requests.incrementAndGet(), target));
      out.flush();
    } catch (IOException ignored) {
      // the client went away
    }
  }

  private static String readRequestTarget(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      state =
          (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3))
              ? state + 1
              : 0;
    }
    String requestLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0];
    return requestLine.split(" ")[1];
  }

  String baseUrl() {
    return "http://127.0.0.1:" + socket.getLocalPort() + "/api/";
  }

  /** Returns {@code headers} (CRLF-joined, ending the head) followed by {@code body}. */
  static byte[] response(String head, byte[] body) {
    byte[] h = (head.replace("\n", "\r\n") + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[h.length + body.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(body, 0, all, h.length, body.length);
    return all;
  }

  /**
   * Frames {@code body} as HTTP chunks of {@code size} bytes; with {@code cut}, omits the last
   * chunk and the terminator.
   */
  static byte[] chunked(byte[] body, int size, boolean cut) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int chunks = (body.length + size - 1) / size;
    int keep = cut ? Math.max(1, chunks - 1) : chunks;
    for (int i = 0; i < keep; i++) {
      int from = i * size;
      int n = Math.min(size, body.length - from);
      out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
      out.write(body, from, n);
      out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    if (!cut) {
      out.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    }
    return out.toByteArray();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
