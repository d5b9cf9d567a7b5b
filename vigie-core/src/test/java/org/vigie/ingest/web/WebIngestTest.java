package org.vigie.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.fetch.FetchPolicy;
import org.vigie.fetch.HttpFetcher;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.Ingester;
import org.vigie.ingest.SkipReason;
import org.vigie.ingest.StandardPipeline;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.pipeline.FailureCause;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.testing.Articles;
import org.vigie.testing.LoopbackServer;
import org.vigie.testing.MutableClock;

/** Feeds, pages and the watcher against a real HTTP server on loopback. */
class WebIngestTest {
  @TempDir Path data;
  private final MutableClock clock = new MutableClock(Instant.parse("2020-07-03T08:00:00Z"));
  private final List<Duration> sleeps = new CopyOnWriteArrayList<>();
  private LoopbackServer server;
  private HttpFetcher fetcher;
  private ArticleStore store;
  private Ingester ingester;
  private volatile String feedItems;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    fetcher = new HttpFetcher(FetchPolicy.defaults().withAllowPrivateNetwork(true).withHostDelay(Duration.ZERO)
        .withRetries(1, Duration.ofMillis(1)), clock, sleeps::add);
    store = ArticleStore.openForWriting(new DataDirectory(data));
    ingester = new Ingester(StandardPipeline.create(clock, LanguageIdentifier.of(Set.of("fr", "en"))), store, clock,
        IngestOptions.defaults().withThreads(2));
    for (int i = 1; i <= 4; i++) {
      String text = Articles.english(i);
      server.on("/news/" + i, e -> LoopbackServer.respond(e, 200, "text/plain; charset=utf-8", text));
    }
    feedItems = item(1) + item(2) + item(3);
    server.on("/feed.xml", e -> {
      String body = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>News &amp; more</title>"
          + feedItems + "</channel></rss>";
      String etag = "\"" + Integer.toHexString(body.hashCode()) + "\"";
      if (etag.equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
        e.sendResponseHeaders(304, -1);
        return;
      }
      e.getResponseHeaders().set("ETag", etag);
      LoopbackServer.respond(e, 200, "application/rss+xml", body);
    });
  }

  private static String item(int n) {
    return "<item><title>Budget n&#176; " + n + "</title><link>/news/" + n + "?utm_source=rss</link>"
        + "<pubDate>Fri, 0" + n + " Jul 2020 10:00:00 GMT</pubDate></item>";
  }

  @AfterEach
  void stop() throws IOException {
    store.close();
    fetcher.close();
    server.close();
  }

  private IngestSummary ingestUrl(String path) throws IOException {
    return ingester.ingestSources(List.of(new WebSource(List.of(server.uri(path)), fetcher, store::hasArticleFrom)),
        IngestListener.SILENT);
  }

  @Test
  void ingest_feedUrl_fetchesEachPageOnceAcrossRuns() throws IOException {
    IngestSummary first = ingestUrl("/feed.xml");
    IngestSummary second = ingestUrl("/feed.xml");

    assertThat(first.added()).isEqualTo(3);
    assertThat(second.added()).isZero();
    assertThat(second.skipped()).containsEntry(SkipReason.ALREADY_STORED, 3L);
    assertThat(server.requestsTo("/news/1")).isEqualTo(1);
    assertThat(store.articleCount()).isEqualTo(3);
    assertThat(store.search("budget 2", 1, false).hits().getFirst().article().published())
        .hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("2020-07-02T10:00Z"));
  }

  @Test
  void ingest_sitemapIndex_followsItsSitemapsToThePages() throws IOException {
    server.on("/sitemap-index.xml", e -> LoopbackServer.respond(e, 200, "application/xml",
        "<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><sitemap><loc>/news-sitemap.xml</loc>"
            + "</sitemap></sitemapindex>"));
    server.on("/news-sitemap.xml", e -> LoopbackServer.respond(e, 200, "application/xml",
        "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/"
            + "sitemap-news/0.9\"><url><loc>/news/4</loc><news:news><news:publication_date>2020-07-01"
            + "</news:publication_date></news:news></url></urlset>"));

    assertThat(ingestUrl("/sitemap-index.xml").added()).isEqualTo(1);
    assertThat(store.search("budget 4", 1, false).hits().getFirst().article().published())
        .hasValueSatisfying(p -> assertThat(p.value()).startsWith("2020-07-01"));
  }

  @Test
  void ingest_feedWithEntityExpansionAttack_refusedAndRecorded() throws IOException {
    server.on("/attack.xml", e -> LoopbackServer.respond(e, 200, "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<rss version=\"2.0\"><channel><title>&b;</title><item><link>/news/1</link></item></channel></rss>"));

    IngestSummary summary = ingestUrl("/attack.xml");

    assertThat(summary.failed()).containsEntry(FailureCause.UNREADABLE, 1L);
    assertThat(server.requestsTo("/news/1")).isZero();
    assertThat(store.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("DOCTYPE"));
  }

  @Test
  void ingest_pageUrl_storedUnderCanonicalUrl() throws IOException {
    assertThat(ingestUrl("/news/4?utm_campaign=x#top").added()).isEqualTo(1);
    assertThat(store.search("budget 4", 1, false).hits().getFirst().article().location())
        .isEqualTo(server.uri("/news/4").toString());
  }

  @Test
  void ingest_missingPage_failureUnderItsUrl() throws IOException {
    server.on("/gone", e -> LoopbackServer.respond(e, 404, "text/html", "not here"));
    assertThat(ingestUrl("/gone").failed()).containsEntry(FailureCause.FETCH_FAILED, 1L);
    assertThat(store.failures()).singleElement().satisfies(f -> assertThat(f.message()).contains("HTTP 404"));
  }

  @Test
  void ingest_malformedFeed_recordedAsFailure() throws IOException {
    server.on("/broken.xml", e -> LoopbackServer.respond(e, 200, "application/rss+xml", "<rss><channel><item>"));
    assertThat(ingestUrl("/broken.xml").failed()).containsEntry(FailureCause.UNREADABLE, 1L);
  }

  @Test
  void pollDue_secondPollNotModified_thenOnlyNewItemFetched() throws IOException, InterruptedException {
    FeedStateStore states = new FeedStateStore(data.resolve("feeds.json"));
    FeedWatcher watcher = new FeedWatcher(fetcher, ingester, store, states, PollSchedule.defaults(), clock, sleeps::add);
    List<URI> feeds = List.of(server.uri("/feed.xml"));

    FeedWatcher.Round first = watcher.pollDue(feeds, IngestListener.SILENT);
    clock.advance(Duration.ofHours(1));
    FeedWatcher.Round second = watcher.pollDue(feeds, IngestListener.SILENT);
    feedItems = item(4) + feedItems;
    clock.advance(Duration.ofHours(1));
    FeedWatcher.Round third = watcher.pollDue(feeds, IngestListener.SILENT);

    assertThat(first.ingested().added()).isEqualTo(3);
    assertThat(second.notModified()).isEqualTo(1);
    assertThat(third.ingested().added()).isEqualTo(1);
    assertThat(server.requestsTo("/news/1")).isEqualTo(1);
    assertThat(states.load()).singleElement().satisfies(s -> {
      assertThat(s.etag()).isPresent();
      assertThat(s.lastNewPages()).isEqualTo(1);
    });
  }

  @Test
  void pollDue_notDueYet_notPolled() throws IOException, InterruptedException {
    FeedWatcher watcher = new FeedWatcher(fetcher, ingester, store, new FeedStateStore(data.resolve("feeds.json")),
        PollSchedule.defaults(), clock, sleeps::add);
    List<URI> feeds = List.of(server.uri("/feed.xml"));
    watcher.pollDue(feeds, IngestListener.SILENT);
    clock.advance(Duration.ofMinutes(1));
    assertThat(watcher.pollDue(feeds, IngestListener.SILENT).polled()).isZero();
  }

  @Test
  void pollDue_stateLostAfterCrash_storedPagesNotFetchedAgain() throws IOException, InterruptedException {
    Path stateFile = data.resolve("feeds.json");
    new FeedWatcher(fetcher, ingester, store, new FeedStateStore(stateFile), PollSchedule.defaults(), clock,
        sleeps::add).pollDue(List.of(server.uri("/feed.xml")), IngestListener.SILENT);
    java.nio.file.Files.delete(stateFile);

    FeedWatcher.Round again = new FeedWatcher(fetcher, ingester, store, new FeedStateStore(stateFile),
        PollSchedule.defaults(), clock, sleeps::add).pollDue(List.of(server.uri("/feed.xml")), IngestListener.SILENT);

    assertThat(again.ingested().skipped()).containsEntry(SkipReason.ALREADY_STORED, 3L);
    assertThat(server.requestsTo("/news/2")).isEqualTo(1);
  }

  @Test
  void afterPoll_busyFeedsSoonerIdleFeedsLater() {
    PollSchedule schedule = PollSchedule.defaults();
    FeedState state = FeedState.fresh(URI.create("https://news.example/feed"), Duration.ofMinutes(30), clock.instant());
    assertThat(schedule.afterPoll(state, 10, java.util.Optional.empty(), java.util.Optional.empty(), clock.instant())
        .interval()).isEqualTo(Duration.ofMinutes(15));
    assertThat(schedule.afterNotModified(state, clock.instant()).interval()).isEqualTo(Duration.ofMinutes(45));
    assertThat(schedule.afterError(state, clock.instant()).nextPoll()).isEqualTo(clock.instant().plus(Duration.ofHours(1)));
  }
}
