package org.vigie.app.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.InstantSource;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.vigie.store.ArticleStore;

/**
 * Vigie over HTTP, on the JDK's own server (no framework: the embedded default needs nothing but a
 * JDK), one virtual thread per request, over a store that sees each commit of an ingest running in
 * another process:
 *
 * <ul>
 *   <li>the JSON API under {@code /api/} ({@link JsonApi}, described by {@code /api/openapi.json});</li>
 *   <li>Atom feeds under {@code /feeds/} ({@link AtomFeeds});</li>
 *   <li>the web pages ({@link Pages}) and their stylesheet under {@code /static/}.</li>
 * </ul>
 *
 * <p>Every answer carries {@code nosniff}; pages also carry a Content-Security-Policy that allows no
 * script at all and styles only from this server, so that article text, which is hostile input,
 * cannot run anything even if an escape were missed.
 */
public final class ApiServer implements Closeable {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
      + "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
  private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());
  /** Request bodies of write operations are small JSON objects. */
  private static final int MAX_BODY = 64 * 1024;

  private final InetSocketAddress address;
  private final JsonApi api;
  private final AtomFeeds feeds;
  private final Pages pages;
  private HttpServer server;
  private ExecutorService executor;

  /** A read-only server for {@code store} on {@code address}; port 0 picks a free port, which {@link #start()} returns. */
  public ApiServer(ArticleStore store, InetSocketAddress address) {
    this(store, address, ServerOptions.readOnly(InstantSource.system()));
  }

  public ApiServer(ArticleStore store, InetSocketAddress address, ServerOptions options) {
    this.address = address;
    NewsViews views = new NewsViews(store, options.clock());
    this.api = new JsonApi(views, options);
    this.feeds = new AtomFeeds(views);
    this.pages = new Pages(views);
  }

  /** Binds and starts serving; returns the port it listens on. */
  public synchronized int start() throws IOException {
    if (server != null) {
      throw new IllegalStateException("the API server is already started");
    }
    HttpServer bound = HttpServer.create(address, 0);
    executor = Executors.newVirtualThreadPerTaskExecutor();
    bound.setExecutor(executor);
    bound.createContext("/", this::handle);
    bound.start();
    server = bound;
    return bound.getAddress().getPort();
  }

  /** Stops accepting requests and ends those in flight; the store stays open, since the caller owns it. */
  @Override
  public synchronized void close() {
    if (server != null) {
      server.stop(0);
      executor.close();
      server = null;
    }
  }

  /** One request as the handlers see it: method, decoded path, parameters, a few headers, the body. */
  record Request(String method, String path, QueryParameters parameters, Optional<String> authorization,
      Optional<String> acceptLanguage, Optional<String> cookie, Optional<String> host, byte[] body, String rawQuery) {

    /** The server's own address as the client named it, for the absolute links feeds need. */
    String origin() {
      String name = host.filter(h -> h.matches("[A-Za-z0-9.:\\[\\]-]+")).orElse("localhost");
      return "http://" + name;
    }
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getRawPath();
      boolean isApi = path.startsWith("/api/") || path.equals("/api");
      Response response;
      try {
        Request request = request(exchange);
        response = route(request, path);
      } catch (ApiException e) {
        response = isApi || path.startsWith("/feeds/") ? JsonApi.error(e.status(), e.getMessage())
            : pages.error(e.status(), e.getMessage(), exchange.getRequestHeaders().getFirst("Accept-Language"));
        for (Response.Header header : e.headers()) {
          response = response.withHeader(header.name(), header.value());
        }
      } catch (WriteOperations.Busy e) {
        response = JsonApi.error(409, e.getMessage());
      } catch (RuntimeException | IOException e) {
        LOG.log(System.Logger.Level.ERROR, "failed to answer " + exchange.getRequestURI(), e);
        response = isApi ? JsonApi.error(500, "internal error; the server log has the details")
            : pages.error(500, "internal error; the server log has the details", null);
      }
      send(exchange, response);
    }
  }

  private static Request request(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    byte[] body = new byte[0];
    if (method.equals("POST") || method.equals("PUT") || method.equals("DELETE")) {
      try (InputStream in = exchange.getRequestBody()) {
        body = in.readNBytes(MAX_BODY + 1);
      }
      if (body.length > MAX_BODY) {
        throw new ApiException(413, "the request body is larger than " + MAX_BODY + " bytes");
      }
    }
    return new Request(method, decodePath(exchange.getRequestURI().getRawPath()),
        QueryParameters.parse(exchange.getRequestURI().getRawQuery()),
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")),
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept-Language")),
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Cookie")),
        Optional.ofNullable(exchange.getRequestHeaders().getFirst("Host")), body,
        Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse(""));
  }

  private Response route(Request request, String rawPath) throws IOException {
    if (rawPath.equals("/api") || rawPath.startsWith("/api/")) {
      return api.answer(request);
    }
    if (rawPath.startsWith("/feeds/")) {
      requireRead(request);
      return feeds.answer(request);
    }
    if (rawPath.startsWith("/static/")) {
      requireRead(request);
      return StaticFiles.answer(request.path());
    }
    requireRead(request);
    return pages.answer(request);
  }

  static void requireRead(Request request) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      throw new ApiException(405, "method " + request.method() + " is not allowed here; use GET")
          .withHeader("Allow", "GET, HEAD");
    }
  }

  /** The path with %XX escapes decoded ('+' stays a plus in a path); a malformed escape is a 400. */
  private static String decodePath(String raw) {
    try {
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("the path is not valid URL encoding: " + raw);
    }
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", response.contentType());
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    if (response.contentType().startsWith("text/html")) {
      headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
      headers.set("X-Frame-Options", "DENY");
    }
    for (Response.Header header : response.headers()) {
      headers.add(header.name(), header.value());
    }
    boolean head = exchange.getRequestMethod().equals("HEAD");
    byte[] bytes = response.body();
    // HEAD gets the same status and headers and no body; so does 204.
    boolean noBody = head || response.status() == 204 || bytes.length == 0;
    exchange.sendResponseHeaders(response.status(), noBody ? -1 : bytes.length);
    if (!noBody) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
