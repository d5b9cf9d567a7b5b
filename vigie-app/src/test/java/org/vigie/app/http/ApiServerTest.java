package org.vigie.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Files;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.Fixtures;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.Ingester;
import org.vigie.ingest.StandardPipeline;
import org.vigie.json.ArticleJson;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.model.Article;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

class ApiServerTest {
  private static final String TITLE = "Le musée de Besançon rouvre ses portes après deux ans de travaux";
  private static final String TEXT = TITLE + """


      Le musée des beaux-arts de Besançon a rouvert le samedi 12 avril 2025 ses salles au public, après deux années de \
      travaux consacrés à la rénovation de la toiture, de l'éclairage et des réserves où dorment les collections.

      Les visiteurs, venus nombreux dès l'ouverture, ont pu découvrir un nouveau parcours qui fait une large place \
      aux peintres de la région et aux dessins restés longtemps à l'abri de la lumière.
      """;

  private static final int GENERATED = ApiServer.MAX_LIMIT + 20;

  @TempDir
  static Path temp;
  static ArticleStore store;
  static ApiServer server;
  static URI base;
  static Article museum;
  static final HttpClient client = HttpClient.newHttpClient();

  /** The museum article and more generated ones than a page can hold, to see the limit at work. */
  @BeforeAll
  static void startServer() throws Exception {
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    Path input = Fixtures.generatedArticles(temp.resolve("in"), GENERATED);
    Files.writeString(input.resolve("musee.txt"), TEXT);
    InstantSource clock = Fixtures.CLOCK;
    try (ArticleStore writer = ArticleStore.openForWriting(data)) {
      new Ingester(StandardPipeline.create(clock, LanguageIdentifier.of(Set.of("fr", "en"))), writer, clock,
          IngestOptions.defaults()).ingest(List.of(input), IngestListener.SILENT);
    }
    store = ArticleStore.openForReading(data);
    museum = store.search("musée", 1, false).hits().getFirst().article();
    server = new ApiServer(store, new InetSocketAddress("127.0.0.1", 0));
    base = URI.create("http://127.0.0.1:" + server.start());
  }

  @AfterAll
  static void stopServer() throws IOException {
    server.close();
    store.close();
  }

  private static HttpResponse<String> get(String pathAndQuery) throws Exception {
    return client.send(HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return ArticleJson.mapper().readTree(response.body());
  }

  private static void assertError(HttpResponse<String> response, int status, String messagePart) throws IOException {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    JsonNode error = json(response).get("error");
    assertThat(error.get("status").asInt()).isEqualTo(status);
    assertThat(error.get("message").asText()).contains(messagePart);
  }

  @Test
  void health_saysOkAndCountsArticles() throws Exception {
    HttpResponse<String> response = get("/api/health");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    assertThat(response.body()).isEqualTo("{\"status\":\"ok\",\"articles\":" + (GENERATED + 1) + "}");
  }

  @Test
  void article_isTheRecordOfShowJson() throws Exception {
    HttpResponse<String> response = get("/api/articles/" + museum.id());

    assertThat(response.statusCode()).isEqualTo(200);
    // Compared as parsed JSON: a GeoNames id is written from a long and read back as an int node.
    assertThat(json(response)).isEqualTo(ArticleJson.mapper().readTree(ArticleJson.toTree(museum).toString()));
    assertThat(json(response).get("title").asText()).isEqualTo(TITLE);
  }

  @Test
  void article_unknown_is404() throws Exception {
    assertError(get("/api/articles/c000000000000000"), 404, "no article with id c000000000000000");
  }

  @Test
  void search_returnsTotalAndHits() throws Exception {
    HttpResponse<String> response = get("/api/search?q=" + URLEncoder.encode("musée rouvert", StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("total").asLong()).isEqualTo(1);
    JsonNode hit = body.get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo(museum.id());
    assertThat(hit.get("title").asText()).isEqualTo(TITLE);
    assertThat(hit.get("snippet").asText()).contains("<b>");
  }

  @Test
  void search_withoutMatch_hasNoHits() throws Exception {
    JsonNode body = json(get("/api/search?q=tramway"));

    assertThat(body.get("total").asLong()).isZero();
    assertThat(body.get("hits")).isEmpty();
  }

  @Test
  void search_limit_defaultsTo20AndIsCappedAt100() throws Exception {
    JsonNode byDefault = json(get("/api/search?q=conseil"));
    JsonNode tooMany = json(get("/api/search?q=conseil&limit=100000"));
    JsonNode three = json(get("/api/search?q=conseil&limit=3"));

    assertThat(byDefault.get("total").asLong()).isEqualTo(GENERATED);
    assertThat(byDefault.get("hits")).hasSize(ApiServer.DEFAULT_LIMIT);
    assertThat(tooMany.get("hits")).hasSize(ApiServer.MAX_LIMIT);
    assertThat(three.get("hits")).hasSize(3);
  }

  @Test
  void search_sortByDate_putsTheNewestFirst() throws Exception {
    JsonNode hits = json(get("/api/search?q=" + URLEncoder.encode("musée OR conseil", StandardCharsets.UTF_8)
        + "&sort=date&limit=1")).get("hits");

    assertThat(hits.get(0).get("id").asText()).isEqualTo(museum.id());
  }

  @Test
  void search_badParameters_are400() throws Exception {
    assertError(get("/api/search?q=musee&limit=0"), 400, "limit");
    assertError(get("/api/search?q=musee&limit=many"), 400, "limit must be a whole number");
    assertError(get("/api/search?q=musee&sort=alphabet"), 400, "sort must be relevance or date");
  }

  @Test
  void search_badQuery_is400WithTheParserMessage() throws Exception {
    assertError(get("/api/search?q=" + URLEncoder.encode("title:(", StandardCharsets.UTF_8)), 400,
        "cannot read the query");
  }

  @Test
  void unknownPath_is404() throws Exception {
    assertError(get("/api/nothing"), 404, "no such endpoint: /api/nothing");
    assertError(get("/api/"), 404, "no such endpoint");
    assertError(get("/api/articles/a/b"), 404, "no such endpoint");
  }

  @Test
  void otherMethods_are405WithAllow() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/health"))
        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

    assertError(response, 405, "method POST is not allowed");
    assertThat(response.headers().firstValue("Allow")).isEqualTo(Optional.of("GET, HEAD"));
  }

  @Test
  void head_answersWithoutABody() throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/api/health"))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEmpty();
  }

  @Test
  void close_stopsListening() throws Exception {
    ApiServer other = new ApiServer(store, new InetSocketAddress("127.0.0.1", 0));
    int port = other.start();
    other.close();

    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> client.send(request, HttpResponse.BodyHandlers.ofString()))
        .isInstanceOf(IOException.class);
  }
}
