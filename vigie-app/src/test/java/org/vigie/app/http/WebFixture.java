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
import org.vigie.model.CameoRoot;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
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

  /**
   * The seed's story with its events read in full, as the event stage writes them: a visit with its
   * actor's country, place and time, a meeting with its target, and a promise the text only says may be kept.
   */
  static final Article SEED_LIKE = seedLike();

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
      for (Article article : List.of(SEED_LIKE, AnnotatedArticles.akarInEnglish(),
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

  private static Article seedLike() {
    Article article = AnnotatedArticles.akarInTripoli();
    String akar = AnnotatedArticles.AKAR;
    Event visit = new Event("visit", CameoRoot.CONSULT, Event.Factuality.ASSERTED, List.of(akar), List.of("TR"),
        Optional.empty(), Optional.of("Tripoli"), Optional.of("2020-07-03"), List.of(
            argument(article, 0, EventArgument.Role.TRIGGER, "est arrivé", "visit", null),
            argument(article, 0, EventArgument.Role.ACTOR, "Hulusi Akar", akar, "TR"),
            argument(article, 0, EventArgument.Role.PLACE, "Tripoli", "2210247", "LY"),
            argument(article, 0, EventArgument.Role.TIME, "vendredi 3 juillet 2020", "2020-07-03", null)),
        sentence(article, 0));
    Event meeting = new Event("meeting", CameoRoot.CONSULT, Event.Factuality.ASSERTED, List.of(akar), List.of("TR"),
        Optional.of("responsables du gouvernement libyen"), Optional.of("Tripoli"), Optional.empty(), List.of(
            argument(article, 0, EventArgument.Role.TRIGGER, "rencontré", "meeting", null),
            argument(article, 0, EventArgument.Role.TARGET, "responsables du gouvernement libyen",
                "responsables du gouvernement libyen", "LY"),
            argument(article, 0, EventArgument.Role.PLACE, "Tripoli", "2210247", "LY")),
        sentence(article, 0));
    Event support = new Event("support pledged", CameoRoot.EXPRESS_INTENT_TO_COOPERATE, Event.Factuality.UNCERTAIN,
        List.of(akar), List.of("TR"), Optional.of("gouvernement légitime"), Optional.empty(), Optional.empty(), List.of(
            argument(article, 1, EventArgument.Role.TRIGGER, "continuerons à soutenir", "support pledged", null)),
        sentence(article, 1));
    return article.withAnnotations(article.annotations().withEvents(List.of(visit, meeting, support)));
  }

  /** The words of a paragraph as one part of an event. */
  private static EventArgument argument(Article article, int paragraph, EventArgument.Role role, String words,
      String value, String country) {
    int start = article.body().get(paragraph).text().indexOf(words);
    if (start < 0) {
      throw new IllegalArgumentException("\"" + words + "\" is not in paragraph " + paragraph);
    }
    return new EventArgument(role, words, value, Optional.ofNullable(country),
        new Span(SpanTarget.BODY, paragraph, start, start + words.length()));
  }

  private static Span sentence(Article article, int paragraph) {
    return new Span(SpanTarget.BODY, paragraph, 0, article.body().get(paragraph).text().length());
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
    Article article = AnnotatedArticles.builder("https://example.net/hostile?<script>", "<i onclick=alert(2)>Evil</i> News",
            title, "en", "2020-07-04", p0, p1)
        .byline("<svg onload=alert('byline')>")
        .caption("<iframe src=javascript:alert(3)>", "javascript:alert(4)")
        .entity("<script>id</script>", "<script>alert('entity')</script>", EntityType.PER, List.of(), null, null, p0)
        .place("Tripoli", 2210247, "Tripoli", "LY", 32.89, 13.19, p0)
        .country("LY", 0.5)
        .story(HOSTILE_STORY)
        .build();
    // An event whose every part is markup: its type, actors, country code, target, place and time.
    Event event = new Event("<script>alert('event')</script>", CameoRoot.PROTEST, Event.Factuality.NEGATED,
        List.of("<b onmouseover=alert('actor')>mob</b>", "<script>id</script>"), List.of("\"><script>"),
        Optional.of("<img src=x onerror=alert('target')>"), Optional.of("<iframe src=javascript:alert(5)>"),
        Optional.of("<svg onload=alert('time')>"), List.of(
            argument(article, 0, EventArgument.Role.TRIGGER, "<img src=x onerror=alert('img')>", "protest", null),
            argument(article, 0, EventArgument.Role.PLACE, "Tripoli", "javascript:alert(6)", "\"><svg onload=alert(7)>"),
            argument(article, 0, EventArgument.Role.TIME, "<script>alert('entity')</script>",
                "<svg onload=alert('time')>", null)),
        sentence(article, 0));
    return article.withAnnotations(article.annotations().withEvents(List.of(event)));
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
