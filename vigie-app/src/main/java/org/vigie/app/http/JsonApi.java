package org.vigie.app.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.app.IngestJson;
import org.vigie.app.SearchHitJson;
import org.vigie.app.StoryJson;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.DayCount;
import org.vigie.store.FacetCount;
import org.vigie.store.Facets;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.SearchHit;
import org.vigie.store.SearchRequest;
import org.vigie.store.SearchResults;
import org.vigie.store.SearchSort;
import org.vigie.store.StoryListing;
import org.vigie.store.StorySummary;
import org.vigie.store.StoryTimeline;

/**
 * The JSON API ({@code /api/…}), described in {@code openapi.json} beside this class. Reads are open;
 * writes need {@code Authorization: Bearer TOKEN}. Errors are {@code {"error": {"status", "message"}}}.
 */
final class JsonApi {
  private static final String ARTICLES = "/api/articles/";
  private static final String ENTITIES = "/api/entities/";
  private static final String COUNTRIES = "/api/countries/";
  private static final String STORIES = "/api/stories/";

  private final NewsViews views;
  private final ServerOptions options;

  JsonApi(NewsViews views, ServerOptions options) {
    this.views = views;
    this.options = options;
  }

  Response answer(ApiServer.Request request) throws IOException {
    String path = request.path();
    switch (path) {
      case "/api/health" -> {
        ApiServer.requireRead(request);
        return json(health());
      }
      case "/api/search" -> {
        ApiServer.requireRead(request);
        return json(search(request.parameters()));
      }
      case "/api/stories" -> {
        ApiServer.requireRead(request);
        return json(stories(request.parameters()));
      }
      case "/api/openapi.json" -> {
        ApiServer.requireRead(request);
        return Response.of(200, "application/json; charset=utf-8", openApi());
      }
      case "/api/ingest" -> {
        requireWrite(request, "POST");
        return json(ingest(request));
      }
      case "/api/failures/reprocess" -> {
        requireWrite(request, "POST");
        return json(reprocess(request));
      }
      default -> {
        // Paths with an id below.
      }
    }
    Optional<String> id;
    if ((id = idAfter(path, ARTICLES)).isPresent()) {
      if (request.method().equals("DELETE")) {
        requireWrite(request, "DELETE");
        return delete(id.get());
      }
      requireRead(request, "GET, HEAD, DELETE");
      return json(article(id.get()));
    }
    if (path.startsWith(ARTICLES) && path.endsWith("/similar")
        && (id = idAfter(path.substring(0, path.length() - "/similar".length()), ARTICLES)).isPresent()) {
      ApiServer.requireRead(request);
      return json(similar(id.get(), request.parameters()));
    }
    if ((id = idAfter(path, ENTITIES)).isPresent()) {
      ApiServer.requireRead(request);
      return json(entity(id.get(), request.parameters()));
    }
    if ((id = idAfter(path, COUNTRIES)).isPresent()) {
      ApiServer.requireRead(request);
      return json(country(id.get(), request.parameters()));
    }
    if ((id = idAfter(path, STORIES)).isPresent()) {
      ApiServer.requireRead(request);
      return json(story(id.get(), request.parameters()));
    }
    throw ApiException.notFound("no such endpoint: " + path + " (the API has /api/health, /api/search?q=,"
        + " /api/articles/{id}, /api/entities/{id}, /api/countries/{CC}, /api/stories, /api/stories/{id};"
        + " see /api/openapi.json)");
  }

  /** The one segment after {@code prefix}, when the path is exactly that. */
  private static Optional<String> idAfter(String path, String prefix) {
    if (path.startsWith(prefix) && path.length() > prefix.length() && path.indexOf('/', prefix.length()) < 0) {
      return Optional.of(path.substring(prefix.length()));
    }
    return Optional.empty();
  }

  private static void requireRead(ApiServer.Request request, String allow) {
    if (!request.method().equals("GET") && !request.method().equals("HEAD")) {
      throw new ApiException(405, "method " + request.method() + " is not allowed here").withHeader("Allow", allow);
    }
  }

  /** A write needs its method, a configured token and that token in the Authorization header. */
  private void requireWrite(ApiServer.Request request, String method) {
    if (!request.method().equals(method)) {
      throw new ApiException(405, "method " + request.method() + " is not allowed here; use " + method)
          .withHeader("Allow", method);
    }
    if (options.apiToken().isEmpty() || options.writes().isEmpty()) {
      throw new ApiException(403, "write operations are disabled; start the server with --api-token TOKEN"
          + " or set api.token in vigie.properties in the data directory");
    }
    byte[] expected = ("Bearer " + options.apiToken().get()).getBytes(StandardCharsets.UTF_8);
    byte[] given = request.authorization().orElse("").strip().getBytes(StandardCharsets.UTF_8);
    // Constant time, so that the token cannot be guessed byte by byte from response times.
    if (!MessageDigest.isEqual(expected, given)) {
      throw new ApiException(401, "this operation needs the API token: Authorization: Bearer TOKEN")
          .withHeader("WWW-Authenticate", "Bearer realm=\"vigie\"");
    }
  }

  static Response json(JsonNode node) throws IOException {
    return new Response(200, "application/json; charset=utf-8", ArticleJson.mapper().writeValueAsBytes(node),
        List.of());
  }

  static Response error(int status, String message) {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    ObjectNode error = node.putObject("error");
    error.put("status", status);
    error.put("message", message);
    return Response.of(status, "application/json; charset=utf-8", node.toString());
  }

  private JsonNode health() throws IOException {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("status", "ok");
    node.put("articles", views.store().articleCount());
    return node;
  }

  /** Page size: default 20, at most 100; a value below 1 is an error. */
  static int limit(QueryParameters parameters) {
    int limit = parameters.integer("limit", ApiServer.DEFAULT_LIMIT);
    if (limit < 1) {
      throw ApiException.badRequest("parameter limit must be at least 1");
    }
    return Math.min(limit, ApiServer.MAX_LIMIT);
  }

  static int offset(QueryParameters parameters) {
    int offset = parameters.integer("offset", 0);
    if (offset < 0 || offset > SearchRequest.MAX_OFFSET) {
      throw ApiException.badRequest("parameter offset must be from 0 to " + SearchRequest.MAX_OFFSET);
    }
    return offset;
  }

  static SearchSort sort(QueryParameters parameters) {
    String sort = parameters.get("sort").orElse("relevance").strip().toLowerCase(Locale.ROOT);
    return switch (sort) {
      case "relevance", "" -> SearchSort.RELEVANCE;
      case "date", "newest" -> SearchSort.NEWEST;
      case "oldest" -> SearchSort.OLDEST;
      default -> throw ApiException.badRequest("parameter sort must be relevance or date (or newest, oldest), not \""
          + sort + "\"");
    };
  }

  /** Runs a search, turning a query that does not parse into a 400 that says why. */
  static SearchResults search(NewsViews views, SearchRequest request) throws IOException {
    try {
      return views.store().search(request);
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private JsonNode search(QueryParameters parameters) throws IOException {
    boolean facets = !parameters.get("facets").orElse("true").equalsIgnoreCase("false");
    int limit = limit(parameters);
    int offset = offset(parameters);
    SearchResults results = search(views, new SearchRequest(parameters.get("q").orElse(""), sort(parameters), offset,
        limit, facets ? NewsViews.FACETS : 0));
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("total", results.total());
    node.put("offset", offset);
    node.put("limit", limit);
    node.set("hits", hits(results));
    if (facets) {
      node.set("facets", facets(results.facets()));
    }
    return node;
  }

  static ArrayNode hits(SearchResults results) {
    ArrayNode hits = ArticleJson.mapper().createArrayNode();
    for (SearchHit hit : results.hits()) {
      hits.add(SearchHitJson.toTree(hit));
    }
    return hits;
  }

  static ObjectNode facets(Facets facets) {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    counts(node, "countries", facets.countries());
    counts(node, "persons", facets.persons());
    counts(node, "organisations", facets.organisations());
    counts(node, "places", facets.places());
    counts(node, "outlets", facets.outlets());
    counts(node, "languages", facets.languages());
    counts(node, "stories", facets.stories());
    ArrayNode days = node.putArray("days");
    for (DayCount day : facets.days()) {
      days.addObject().put("day", day.day().toString()).put("count", day.count());
    }
    counts(node, "events", facets.events());
    return node;
  }

  private static void counts(ObjectNode node, String name, List<FacetCount> counts) {
    node.set(name, StoryJson.counts(counts));
  }


  private JsonNode article(String id) throws IOException {
    Article article = views.store().get(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
    return ArticleJson.toTree(article);
  }

  private JsonNode similar(String id, QueryParameters parameters) throws IOException {
    views.store().get(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
    SearchResults results = views.store().moreLikeThis(id, limit(parameters));
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("id", id);
    node.set("hits", hits(results));
    return node;
  }

  private JsonNode entity(String id, QueryParameters parameters) throws IOException {
    NewsViews.EntityView view = views.entity(id, limit(parameters))
        .orElseThrow(() -> ApiException.notFound("no article mentions the entity " + id));
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("id", view.id());
    node.put("name", view.name());
    node.put("type", view.type().name());
    ArrayNode variants = node.putArray("variants");
    view.variants().forEach(variants::add);
    ArrayNode roles = node.putArray("roles");
    for (NewsViews.RoleCount role : view.roles()) {
      roles.addObject().put("text", role.text()).put("country", role.country().orElse(null))
          .put("articles", role.articles());
    }
    ArrayNode quotes = node.putArray("quotes");
    for (NewsViews.QuoteSeen seen : view.quotes()) {
      ObjectNode q = quotes.addObject();
      q.put("text", seen.quote().text());
      q.put("cue", seen.quote().cue().orElse(null));
      q.put("direct", seen.quote().direct());
      q.put("article", seen.article().id());
      q.put("published", seen.article().published().map(p -> p.value()).orElse(null));
    }
    node.put("articles", view.latest().total());
    node.set("latest", hits(view.latest()));
    ObjectNode facets = facets(view.latest().facets());
    node.set("coMentioned", ArticleJson.mapper().createObjectNode()
        .setAll(java.util.Map.of("persons", facets.get("persons"), "organisations", facets.get("organisations"))));
    node.set("countries", facets.get("countries"));
    node.set("timeline", facets.get("days"));
    return node;
  }

  private JsonNode country(String code, QueryParameters parameters) throws IOException {
    NewsViews.CountryView view = views.country(NewsViews.countryCode(code), limit(parameters));
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("code", view.code());
    node.put("name", Messages.ENGLISH.countryName(view.code()));
    node.put("nameFr", Messages.FRENCH.countryName(view.code()));
    node.put("articles", view.latest().total());
    node.set("latest", hits(view.latest()));
    ArrayNode stories = node.putArray("stories");
    for (StorySummary story : view.stories()) {
      stories.addObject().put("id", story.id()).put("title", story.title()).put("articles", story.articles())
          .put("updated", story.lastSeen().orElse(null));
    }
    ObjectNode facets = facets(view.latest().facets());
    node.set("persons", facets.get("persons"));
    node.set("organisations", facets.get("organisations"));
    node.set("outlets", facets.get("outlets"));
    node.set("timeline", facets.get("days"));
    return node;
  }

  /**
   * A story: the summary and timeline of {@link StoryJson}, and for the fields released first the
   * page of articles as search hits, the per-day volume and the first article's date.
   */
  private JsonNode story(String id, QueryParameters parameters) throws IOException {
    StoryTimeline timeline = views.story(id, offset(parameters), limit(parameters))
        .orElseThrow(() -> ApiException.notFound("no story with id " + id));
    ObjectNode node = StoryJson.timeline(timeline);
    node.put("total", timeline.summary().articles());
    ArrayNode articles = node.putArray("articles");
    for (SearchHit hit : timeline.hits()) {
      articles.add(SearchHitJson.toTree(hit));
    }
    ArrayNode days = node.putArray("timeline");
    for (DayCount day : timeline.days()) {
      days.addObject().put("day", day.day().toString()).put("count", day.count());
    }
    return node;
  }

  /** Stories with an article that matches the parameters: country, entity, since, q; biggest or latest first. */
  private JsonNode stories(QueryParameters parameters) throws IOException {
    StoryListing.Order order = storyOrder(parameters);
    int limit = limit(parameters);
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("sort", order == StoryListing.Order.SIZE ? "size" : "latest");
    node.put("limit", limit);
    ArrayNode stories = node.putArray("stories");
    for (StorySummary story : views.stories(storyFilter(parameters, views.clock()), order, limit)) {
      stories.add(StoryJson.summary(story));
    }
    return node;
  }

  /** {@code sort=size} (default) or {@code latest}. */
  static StoryListing.Order storyOrder(QueryParameters parameters) {
    String sort = parameters.get("sort").orElse("size").strip().toLowerCase(Locale.ROOT);
    return switch (sort) {
      case "size", "" -> StoryListing.Order.SIZE;
      case "latest" -> StoryListing.Order.LATEST;
      default -> throw ApiException.badRequest("parameter sort must be size or latest, not \"" + sort + "\"");
    };
  }

  /** The stories that {@code country}, {@code entity}, {@code since} and {@code q} ask for; what does not parse is a 400. */
  static StoryListing.Filter storyFilter(QueryParameters parameters, java.time.InstantSource clock) {
    try {
      return new StoryListing.Filter(parameters.get("country").filter(c -> !c.isBlank()),
          parameters.get("entity").filter(e -> !e.isBlank()),
          parameters.get("since").filter(s -> !s.isBlank()).map(s -> StoryListing.Filter.since(s, clock)),
          parameters.get("q").orElse(""));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  private Response delete(String id) throws IOException {
    if (!options.writes().get().delete(id)) {
      throw ApiException.notFound("no article with id " + id);
    }
    return new Response(204, "application/json; charset=utf-8", new byte[0], List.of());
  }

  private JsonNode ingest(ApiServer.Request request) throws IOException {
    String url = bodyField(request, "url");
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException e) {
      throw ApiException.badRequest("\"" + url + "\" is not a URL: " + e.getReason());
    }
    if (Html.webLink(uri.toString()).isEmpty()) {
      throw ApiException.badRequest("only http and https URLs can be ingested, not \"" + url + "\"");
    }
    return IngestJson.summary(options.writes().get().ingest(uri));
  }

  private JsonNode reprocess(ApiServer.Request request) throws IOException {
    String location = bodyField(request, "location");
    return IngestJson.retried(options.writes().get().reprocess(location)
        .orElseThrow(() -> ApiException.notFound("no failure is recorded at " + location)));
  }

  private static String bodyField(ApiServer.Request request, String field) {
    JsonNode body;
    try (InputStream in = new java.io.ByteArrayInputStream(request.body())) {
      body = ArticleJson.mapper().readTree(in);
    } catch (IOException e) {
      throw ApiException.badRequest("the body must be a JSON object such as {\"" + field + "\": \"…\"}");
    }
    if (body == null || !body.path(field).isTextual() || body.path(field).asText().isBlank()) {
      throw ApiException.badRequest("the body must be a JSON object with a \"" + field + "\" string");
    }
    return body.path(field).asText();
  }

  private static String openApi() throws IOException {
    try (InputStream in = JsonApi.class.getResourceAsStream("openapi.json")) {
      if (in == null) {
        throw new IOException("openapi.json is missing from the build");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
