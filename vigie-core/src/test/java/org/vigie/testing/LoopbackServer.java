package org.vigie.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server on the loopback interface for tests of fetching: each test adds the paths it
 * needs, and can read back the requests the server received.
 */
public final class LoopbackServer implements AutoCloseable {
  /** A request as the server saw it. */
  public record Request(String method, String path, String userAgent, String ifNoneMatch) {}

  /** What a path answers. */
  @FunctionalInterface
  public interface Handler {
    void handle(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public LoopbackServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
    server.start();
    on("/robots.txt", exchange -> respond(exchange, 404, "text/plain", "none"));
  }

  public LoopbackServer on(String path, Handler handler) {
    try {
      server.removeContext(path);
    } catch (IllegalArgumentException e) {
      // Not registered yet.
    }
    server.createContext(path, exchange -> {
      requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().toString(),
          exchange.getRequestHeaders().getFirst("User-Agent"), exchange.getRequestHeaders().getFirst("If-None-Match")));
      try {
        handler.handle(exchange);
      } catch (IOException e) {
        // The client went away; nothing to tell it.
      } finally {
        exchange.close();
      }
    });
    return this;
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  public List<Request> requests() {
    return List.copyOf(requests);
  }

  public long requestsTo(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).count();
  }

  public static void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", contentType);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
