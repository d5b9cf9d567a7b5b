package org.vigie.app.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.vigie.app.Fixtures;
import org.vigie.ingest.FailureRetry;
import org.vigie.ingest.IngestSummary;
import org.vigie.model.Article;
import org.vigie.model.EntityType;
import org.vigie.model.Grouping;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.testing.AnnotatedArticles;

/**
 * A server over hand-annotated articles (the Akar story in French and English with a regional copy,
 * a Tunisian election) and a hostile one in a story of its own, with an API token and write operations
 * that only record what they were asked.
 */
final class WebFixture implements AutoCloseable {
  static final String TOKEN = "test-token-0123456789";
  /** The one location whose failure the recording write operations retry. */
  static final String KEPT = "file:/kept.txt";
  static final String HOSTILE_ID;
  static final Article HOSTILE = hostile();
  /** The hostile article's story: its title is the story's title. */
  static final String HOSTILE_STORY = "s-hostile";
  /** The French dispatch cut short and republished by a regional site the next day: a copy in the Akar story. */
  static final Article COPY = AnnotatedArticles.builder("https://regional.example.fr/akar-libye", "Le Régional",
          "Hulusi Akar en visite en Libye", "fr", "2020-07-04", "L'Otan suit de près la situation en Libye.")
      .build().withGrouping(new Grouping(Optional.of(AnnotatedArticles.akarInTripoli().id()),
          Optional.of(AnnotatedArticles.STORY)));

  static {
    HOSTILE_ID = HOSTILE.id();
  }

  final ArticleStore store;
  final ApiServer server;
  final URI base;
  final List<String> writes = new ArrayList<>();
  private final HttpClient client = HttpClient.newHttpClient();

  WebFixture(Path temp) throws IOException {
    DataDirectory data = new DataDirectory(temp.resolve("data"));
    try (ArticleStore writer = ArticleStore.openForWriting(data)) {
      for (Article article : List.of(AnnotatedArticles.akarInTripoli(), AnnotatedArticles.akarInEnglish(),
          AnnotatedArticles.tunisElection(), HOSTILE, COPY)) {
        writer.put(article);
      }
      writer.commit();
    }
    store = ArticleStore.openForReading(data);
    WriteOperations recording = new WriteOperations() {
      @Override
      public IngestSummary ingest(URI url) {
        writes.add("ingest " + url);
        return new IngestSummary(1, 0, 0, Map.of());
      }

      @Override
      public boolean delete(String id) {
        writes.add("delete " + id);
        return id.equals(HOSTILE_ID);
      }

      @Override
      public Optional<FailureRetry.Outcome> reprocess(String location) {
        writes.add("reprocess " + location);
        return location.equals(KEPT) ? Optional.of(new FailureRetry.Outcome(location, FailureRetry.Origin.KEPT_COPY,
            "the file is gone: processed the bytes kept when it failed", new IngestSummary(1, 0, 0, Map.of())))
            : Optional.empty();
      }
    };
    server = new ApiServer(store, new InetSocketAddress("127.0.0.1", 0),
        new ServerOptions(Fixtures.CLOCK, Optional.of(TOKEN), Optional.of(recording)));
    base = URI.create("http://127.0.0.1:" + server.start());
  }

  /**
   * Article text is hostile input: markup, script, event handlers, javascript: links and entities
   * in the title, byline, body, caption and even the URL's place.
   */
  private static Article hostile() {
    String title = "<script>alert('title')</script> Tripoli &amp; <b onmouseover=alert(1)>bold</b>";
    String p0 = "Click <a href=\"javascript:alert('body')\">here</a> &lt;script&gt; in Tripoli "
        + "<img src=x onerror=alert('img')> \"quoted\" & 'single' <script>alert('entity')</script>";
    String p1 = "</p><script>document.title='pwned'</script><p>";
    return AnnotatedArticles.builder("https://example.net/hostile?<script>", "<i onclick=alert(2)>Evil</i> News",
            title, "en", "2020-07-04", p0, p1)
        .byline("<svg onload=alert('byline')>")
        .caption("<iframe src=javascript:alert(3)>", "javascript:alert(4)")
        .entity("<script>id</script>", "<script>alert('entity')</script>", EntityType.PER, List.of(), null, null, p0)
        .place("Tripoli", 2210247, "Tripoli", "LY", 32.89, 13.19, p0)
        .country("LY", 0.5)
        .story(HOSTILE_STORY)
        .build();
  }

  HttpResponse<String> get(String pathAndQuery, String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery)).GET();
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Override
  public void close() throws IOException {
    server.close();
    store.close();
  }
}
