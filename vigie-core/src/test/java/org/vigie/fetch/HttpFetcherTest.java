package org.vigie.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vigie.pipeline.FailureCause;
import org.vigie.testing.LoopbackServer;

/** The fetcher against a real HTTP server on loopback, with the misbehaviours of real sites. */
class HttpFetcherTest {
  private final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final Sleeper recording = waits::add;
  private LoopbackServer server;
  private HttpFetcher fetcher;

  private static FetchPolicy policy() {
    return FetchPolicy.defaults().withAllowPrivateNetwork(true).withHostDelay(Duration.ofMillis(500))
        .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2)).withMaxBytes(1_000_000)
        .withRetries(2, Duration.ofMillis(100));
  }

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    fetcher = new HttpFetcher(policy(), InstantSource.system(), recording);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  @Test
  void fetch_page_documentWithHeadersCharsetAndUserAgent() throws InterruptedException {
    server.on("/a", e -> LoopbackServer.respond(e, 200, "text/html; charset=ISO-8859-1", "<p>a</p>"));

    FetchResult result = fetcher.fetch(server.uri("/a"));

    assertThat(result).isInstanceOfSatisfying(FetchResult.Fetched.class, f -> {
      assertThat(f.document().mediaType()).isEqualTo("text/html");
      assertThat(f.document().declaredCharset()).contains("ISO-8859-1");
      assertThat(new String(f.document().content(), StandardCharsets.UTF_8)).isEqualTo("<p>a</p>");
    });
    assertThat(server.requests()).filteredOn(r -> r.path().equals("/a")).singleElement()
        .satisfies(r -> assertThat(r.userAgent()).startsWith("Vigie/").contains("+https://"));
  }

  @Test
  void fetch_robotsDisallow_notRequested() throws InterruptedException {
    server.on("/robots.txt", e -> LoopbackServer.respond(e, 200, "text/plain",
        "User-agent: *\nDisallow: /private/\n\nUser-agent: otherbot\nDisallow: /\n"));
    server.on("/private/page", e -> LoopbackServer.respond(e, 200, "text/html", "secret"));

    FetchResult result = fetcher.fetch(server.uri("/private/page"));

    assertThat(result).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.cause()).isEqualTo(FailureCause.DISALLOWED);
      assertThat(f.disallowed()).isTrue();
      assertThat(f.message()).contains("robots.txt");
    });
    assertThat(server.requestsTo("/private/page")).isZero();
  }

  @Test
  void fetch_serverErrorThenOk_retriedWithBackoff() throws InterruptedException {
    AtomicInteger calls = new AtomicInteger();
    server.on("/flaky", e -> {
      if (calls.incrementAndGet() == 1) {
        LoopbackServer.respond(e, 500, "text/plain", "oops");
      } else {
        LoopbackServer.respond(e, 200, "text/html", "<p>ok</p>");
      }
    });

    assertThat(fetcher.fetch(server.uri("/flaky"))).isInstanceOf(FetchResult.Fetched.class);
    assertThat(calls).hasValue(2);
    assertThat(waits).contains(Duration.ofMillis(100));
  }

  @Test
  void fetch_redirectLoop_failsWithoutLooping() throws InterruptedException {
    server.on("/loop-a", e -> redirect(e, "/loop-b"));
    server.on("/loop-b", e -> redirect(e, "/loop-a"));

    assertThat(fetcher.fetch(server.uri("/loop-a"))).isInstanceOfSatisfying(FetchResult.Failed.class,
        f -> assertThat(f.message()).contains("redirect loop"));
    assertThat(server.requestsTo("/loop-a")).isEqualTo(1);
  }

  @Test
  void fetch_redirect_followedToFinalUrl() throws InterruptedException {
    server.on("/old", e -> redirect(e, "/new"));
    server.on("/new", e -> LoopbackServer.respond(e, 200, "text/html", "<p>new</p>"));

    assertThat(fetcher.fetch(server.uri("/old"))).isInstanceOfSatisfying(FetchResult.Fetched.class,
        f -> assertThat(f.finalUrl()).isEqualTo(server.uri("/new")));
  }

  @Test
  void fetch_etagOnSecondPoll_notModified() throws InterruptedException {
    server.on("/feed", e -> {
      if ("\"v1\"".equals(e.getRequestHeaders().getFirst("If-None-Match"))) {
        e.sendResponseHeaders(304, -1);
      } else {
        e.getResponseHeaders().set("ETag", "\"v1\"");
        LoopbackServer.respond(e, 200, "application/rss+xml", "<rss/>");
      }
    });

    FetchResult first = fetcher.fetch(server.uri("/feed"));
    Optional<String> etag = ((FetchResult.Fetched) first).etag();
    FetchResult second = fetcher.fetch(server.uri("/feed"), etag, Optional.empty());

    assertThat(etag).contains("\"v1\"");
    assertThat(second).isInstanceOf(FetchResult.NotModified.class);
  }

  @Test
  void fetch_hundredMegabyteResponse_cutAtTheLimit() throws InterruptedException {
    server.on("/huge", e -> {
      e.getResponseHeaders().set("Content-Type", "text/html");
      e.sendResponseHeaders(200, 0);
      byte[] chunk = new byte[1 << 16];
      java.util.Arrays.fill(chunk, (byte) 'x');
      try (OutputStream out = e.getResponseBody()) {
        for (int i = 0; i < 100 * 16; i++) {
          out.write(chunk);
        }
      }
    });

    assertThat(fetcher.fetch(server.uri("/huge"))).isInstanceOfSatisfying(FetchResult.Failed.class,
        f -> assertThat(f.cause()).isEqualTo(FailureCause.TOO_LARGE));
  }

  @Test
  void fetch_declaredLengthOverLimit_refusedBeforeReading() throws InterruptedException {
    server.on("/declared", e -> {
      e.getResponseHeaders().set("Content-Type", "text/html");
      e.sendResponseHeaders(200, 100_000_000L);
      e.getResponseBody().write(new byte[1024]);
      e.getResponseBody().flush();
      try {
        Thread.sleep(1000);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
    });

    assertThat(fetcher.fetch(server.uri("/declared"))).isInstanceOfSatisfying(FetchResult.Failed.class,
        f -> assertThat(f.cause()).isEqualTo(FailureCause.TOO_LARGE));
  }

  @Test
  void fetch_slowHost_timesOutAndRetries() throws InterruptedException {
    server.on("/slow", e -> {
      try {
        Thread.sleep(4000);
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
      }
      LoopbackServer.respond(e, 200, "text/html", "late");
    });
    HttpFetcher impatient = new HttpFetcher(policy().withRetries(0, Duration.ZERO), InstantSource.system(), recording);

    assertThat(impatient.fetch(server.uri("/slow"))).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.cause()).isEqualTo(FailureCause.FETCH_FAILED);
      assertThat(f.message()).contains("timed out");
    });
    impatient.close();
  }

  @Test
  void fetch_gzipBody_decoded() throws InterruptedException {
    server.on("/gz", e -> {
      java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
      try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
        gzip.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
      }
      e.getResponseHeaders().set("Content-Encoding", "gzip");
      e.getResponseHeaders().set("Content-Type", "text/html");
      e.sendResponseHeaders(200, zipped.size());
      e.getResponseBody().write(zipped.toByteArray());
    });

    assertThat(fetcher.fetch(server.uri("/gz"))).isInstanceOfSatisfying(FetchResult.Fetched.class,
        f -> assertThat(new String(f.document().content(), StandardCharsets.UTF_8)).isEqualTo("<p>zipped</p>"));
  }

  @Test
  void fetch_twiceSameHost_waitsTheHostDelay() throws InterruptedException {
    server.on("/p", e -> LoopbackServer.respond(e, 200, "text/html", "<p>p</p>"));

    fetcher.fetch(server.uri("/p"));
    fetcher.fetch(server.uri("/p"));

    assertThat(waits).anySatisfy(wait ->
        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMillis(500)));
  }

  @Test
  void fetch_privateAddressByDefault_refused() throws InterruptedException {
    HttpFetcher strict = new HttpFetcher(FetchPolicy.defaults(), InstantSource.system(), recording);

    assertThat(strict.fetch(server.uri("/a"))).isInstanceOfSatisfying(FetchResult.Failed.class, f -> {
      assertThat(f.cause()).isEqualTo(FailureCause.DISALLOWED);
      assertThat(f.message()).contains("--allow-private-network");
    });
    assertThat(server.requests()).isEmpty();
    strict.close();
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange e, String to) throws IOException {
    e.getResponseHeaders().set("Location", to);
    e.sendResponseHeaders(302, -1);
  }
}
