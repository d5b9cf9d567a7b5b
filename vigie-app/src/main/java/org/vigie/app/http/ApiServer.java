package org.vigie.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.vigie.app.SearchHitJson;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.ArticleStore;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.SearchHit;
import org.vigie.store.SearchResults;

/**
 * The HTTP JSON API over a store opened for reading, which sees each commit of an ingest running
 * in another process on its next query:
 *
 * <ul>
 *   <li>{@code GET /api/health}: {@code {"status": "ok", "articles": N}}</li>
 *   <li>{@code GET /api/articles/{id}}: the article record of DESIGN.md section 7, or 404</li>
 *   <li>{@code GET /api/search?q=&limit=&sort=relevance|date}: {@code {"total", "hits": [...]}}, each hit
 *       as {@link SearchHitJson}; {@code limit} defaults to 20 and is capped at 100; an empty {@code q}
 *       lists the newest articles</li>
 * </ul>
 *
 * <p>Every error is {@code {"error": {"status", "message"}}}: 400 for a bad query or parameter, 404 for
 * an unknown article or path, 405 for a method other than GET or HEAD, 500 for a bug (logged, not
 * shown). Requests run on virtual threads, one each.
 */
public final class ApiServer implements Closeable {
  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 100;
  private static final String ARTICLES = "/api/articles/";
  private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");
  private static final System.Logger LOG = System.getLogger(ApiServer.class.getName());

  private final ArticleStore store;
  private final InetSocketAddress address;
  private HttpServer server;
  private ExecutorService executor;

  /** A server for {@code store} on {@code address}; port 0 picks a free port, which {@link #start()} returns. */
  public ApiServer(ArticleStore store, InetSocketAddress address) {
    this.store = store;
    this.address = address;
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

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      int status = 200;
      JsonNode body;
      try {
        body = route(exchange);
      } catch (ApiException e) {
        status = e.status();
        body = error(status, e.getMessage());
      } catch (RuntimeException | IOException e) {
        LOG.log(System.Logger.Level.ERROR, "failed to answer " + exchange.getRequestURI(), e);
        status = 500;
        body = error(status, "internal error; the server log has the details");
      }
      send(exchange, status, body);
    }
  }

  private JsonNode route(HttpExchange exchange) throws IOException {
    String path = exchange.getRequestURI().getRawPath();
    if (path.equals("/api/health")) {
      requireRead(exchange);
      return health();
    }
    if (path.equals("/api/search")) {
      requireRead(exchange);
      return search(QueryParameters.parse(exchange.getRequestURI().getRawQuery()));
    }
    if (path.startsWith(ARTICLES) && path.length() > ARTICLES.length() && path.indexOf('/', ARTICLES.length()) < 0) {
      requireRead(exchange);
      return article(decodeSegment(path.substring(ARTICLES.length())));
    }
    throw ApiException.notFound("no such endpoint: " + path
        + " (the API has /api/health, /api/search?q= and /api/articles/{id})");
  }

  private static void requireRead(HttpExchange exchange) {
    if (!READ_METHODS.contains(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      throw new ApiException(405, "method " + exchange.getRequestMethod() + " is not allowed here; use GET");
    }
  }

  private JsonNode health() throws IOException {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("status", "ok");
    node.put("articles", store.articleCount());
    return node;
  }

  private JsonNode article(String id) throws IOException {
    Article article = store.get(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
    return ArticleJson.toTree(article);
  }

  private JsonNode search(QueryParameters parameters) throws IOException {
    String query = parameters.get("q").orElse("");
    int limit = parameters.integer("limit", DEFAULT_LIMIT);
    if (limit < 1) {
      throw ApiException.badRequest("parameter limit must be at least 1");
    }
    String sort = parameters.get("sort").orElse("relevance").toLowerCase(Locale.ROOT);
    if (!sort.equals("relevance") && !sort.equals("date")) {
      throw ApiException.badRequest("parameter sort must be relevance or date, not \"" + sort + "\"");
    }
    SearchResults results;
    try {
      results = store.search(query, Math.min(limit, MAX_LIMIT), sort.equals("date"));
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("total", results.total());
    ArrayNode hits = node.putArray("hits");
    for (SearchHit hit : results.hits()) {
      hits.add(SearchHitJson.toTree(hit));
    }
    return node;
  }

  private static String decodeSegment(String raw) {
    try {
      // A path segment keeps '+' as is; only %XX escapes are decoded.
      return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("the path is not valid URL encoding: " + raw);
    }
  }

  private static JsonNode error(int status, String message) {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    ObjectNode error = node.putObject("error");
    error.put("status", status);
    error.put("message", message);
    return node;
  }

  private static void send(HttpExchange exchange, int status, JsonNode body) throws IOException {
    byte[] bytes = ArticleJson.mapper().writeValueAsBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    boolean head = exchange.getRequestMethod().equals("HEAD");
    // HEAD gets the same status and headers and no body.
    exchange.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
