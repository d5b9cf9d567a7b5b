package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;

/** {@code serve} and {@code run} block until stopped: each runs on its own thread, stopped by an interrupt. */
class ServeCommandTest {
  private static final Pattern URL = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/api/health");
  private static final HttpClient client = HttpClient.newHttpClient();

  @TempDir
  Path temp;

  /** A command running on its own thread, with the output it printed so far. */
  private record Running(Thread thread, StringWriter out, StringWriter err, AtomicInteger exitCode) {
    static Running start(String... args) {
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      AtomicInteger exitCode = new AtomicInteger(-1);
      Thread thread = Thread.ofPlatform().name("vigie-under-test").start(() -> exitCode.set(
          VigieCommand.commandLine(new VigieCommand(Fixtures.CLOCK, false))
              .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args)));
      return new Running(thread, out, err, exitCode);
    }

    URI awaitUrl() throws InterruptedException {
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (Instant.now().isBefore(deadline) && thread.isAlive()) {
        Matcher matcher = URL.matcher(out.toString());
        if (matcher.find()) {
          return URI.create("http://127.0.0.1:" + matcher.group(1));
        }
        Thread.sleep(20);
      }
      throw new AssertionError("no URL printed; out: " + out + " err: " + err);
    }

    int stop() throws InterruptedException {
      thread.interrupt();
      thread.join(Duration.ofSeconds(10));
      assertThat(thread.isAlive()).as("still serving after an interrupt").isFalse();
      return exitCode.get();
    }
  }

  private static JsonNode getJson(URI uri) throws Exception {
    HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    return ArticleJson.mapper().readTree(response.body());
  }

  @Test
  void serve_answersOnThePrintedUrlUntilStopped() throws Exception {
    Running serve = Running.start("--data", temp.resolve("data").toString(), "serve", "--port", "0");

    URI base = serve.awaitUrl();
    JsonNode health = getJson(base.resolve("/api/health"));

    assertThat(health.get("status").asText()).isEqualTo("ok");
    assertThat(health.get("articles").asLong()).isZero();
    assertThat(serve.stop()).isZero();
  }

  @Test
  void serve_seesArticlesIngestedWhileItRuns() throws Exception {
    Path data = temp.resolve("data");
    Running serve = Running.start("--data", data.toString(), "serve", "--port", "0");
    URI base = serve.awaitUrl();

    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));

    assertThat(getJson(base.resolve("/api/health")).get("articles").asLong()).isEqualTo(2);
    serve.stop();
  }

  @Test
  void serve_onAPortInUse_failsWithExitOne() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      Cli.Result result = Cli.run(temp.resolve("data"), "serve", "--port", String.valueOf(taken.getLocalPort()));

      assertThat(result.exitCode()).isEqualTo(1);
      assertThat(result.err()).contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()).contains("--port");
    }
  }

  @Test
  void run_followsFeedsWhileServing() throws Exception {
    try (org.vigie.testing.LoopbackServer site = new org.vigie.testing.LoopbackServer()) {
      site.on("/page", e -> org.vigie.testing.LoopbackServer.respond(e, 200, "text/plain; charset=utf-8", Fixtures.HARBOUR));
      site.on("/feed.xml", e -> org.vigie.testing.LoopbackServer.respond(e, 200, "application/rss+xml",
          "<rss version=\"2.0\"><channel><title>T</title><item><link>/page</link></item></channel></rss>"));
      Path feeds = java.nio.file.Files.writeString(temp.resolve("feeds.txt"), site.uri("/feed.xml") + "\n");
      Running run = Running.start("--data", temp.resolve("data").toString(), "run", "--languages", "fr,en",
          "--feeds", feeds.toString(), "--allow-private-network", "--host-delay", "0", "--port", "0");

      URI base = run.awaitUrl();
      long total = 0;
      for (int attempt = 0; attempt < 100 && total == 0; attempt++) {
        Thread.sleep(100);
        total = getJson(base.resolve("/api/search?q=ferry")).get("total").asLong();
      }

      assertThat(total).isEqualTo(1);
      assertThat(run.stop()).isZero();
    }
  }

  @Test
  void run_ingestsThePathsThenServesThem() throws Exception {
    Path input = Fixtures.mixedInput(temp.resolve("in"));
    Running run = Running.start("--data", temp.resolve("data").toString(), "run", "--no-watch", "--languages", "fr,en",
        "--port", "0", input.toString());

    URI base = run.awaitUrl();
    JsonNode results = getJson(base.resolve("/api/search?q=ferry"));

    assertThat(run.out().toString()).startsWith("ingested 2 (added 2, updated 0), duplicates 1, failed 2");
    assertThat(results.get("total").asLong()).isEqualTo(1);
    assertThat(results.at("/hits/0/title").asText()).isEqualTo(Fixtures.HARBOUR_TITLE);
    assertThat(run.stop()).isZero();
  }

  @Test
  void serve_withTheTokenOfTheConfig_deletesAnArticle() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));
    java.nio.file.Files.writeString(data.resolve("vigie.properties"), "api.token = a-token-of-the-config-0001\n");
    Running serve = Running.start("--data", data.toString(), "serve", "--port", "0", "--languages", "fr,en");
    URI base = serve.awaitUrl();
    String id = getJson(base.resolve("/api/search?q=ferry")).at("/hits/0/id").asText();

    HttpResponse<String> refused = client.send(HttpRequest.newBuilder(base.resolve("/api/articles/" + id)).DELETE()
        .header("Authorization", "Bearer wrong").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> deleted = client.send(HttpRequest.newBuilder(base.resolve("/api/articles/" + id)).DELETE()
        .header("Authorization", "Bearer a-token-of-the-config-0001").build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> gone = client.send(HttpRequest.newBuilder(base.resolve("/api/articles/" + id)).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(serve.stop()).isZero();
  }

  @Test
  void serve_withAShortToken_isBadUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "serve", "--port", "0", "--api-token", "short");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("at least 16 characters");
  }

  private static HttpResponse<String> write(URI uri, String method, String token, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token);
    request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
        : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void run_apiWritesWhileWatching_goThroughTheWatchersWriter() throws Exception {
    String token = "a-token-for-run-writes-0001";
    try (org.vigie.testing.LoopbackServer site = new org.vigie.testing.LoopbackServer()) {
      site.on("/page", e -> org.vigie.testing.LoopbackServer.respond(e, 200, "text/plain; charset=utf-8", Fixtures.HARBOUR));
      site.on("/other", e -> org.vigie.testing.LoopbackServer.respond(e, 200, "text/plain; charset=utf-8",
          org.vigie.testing.Articles.english(41)));
      site.on("/feed.xml", e -> org.vigie.testing.LoopbackServer.respond(e, 200, "application/rss+xml",
          "<rss version=\"2.0\"><channel><title>T</title><item><link>/page</link></item></channel></rss>"));
      Path feeds = java.nio.file.Files.writeString(temp.resolve("feeds.txt"), site.uri("/feed.xml") + "\n");
      Path input = Fixtures.mixedInput(temp.resolve("in"));
      Running run = Running.start("--data", temp.resolve("data").toString(), "run", "--languages", "fr,en",
          "--no-entities", "--feeds", feeds.toString(), "--allow-private-network", "--host-delay", "0", "--port", "0",
          "--api-token", token, input.toString());
      URI base = run.awaitUrl();
      long total = 0;
      for (int attempt = 0; attempt < 100 && total == 0; attempt++) {
        Thread.sleep(100);
        total = getJson(base.resolve("/api/search?q=ferry")).get("total").asLong();
      }
      String id = getJson(base.resolve("/api/search?q=ferry")).at("/hits/0/id").asText();
      String empty = input.resolve("empty.txt").toAbsolutePath().normalize().toUri().toString();

      HttpResponse<String> deleted = write(base.resolve("/api/articles/" + id), "DELETE", token, null);
      HttpResponse<String> ingested = write(base.resolve("/api/ingest"), "POST", token,
          "{\"url\": \"" + site.uri("/other") + "\"}");
      java.nio.file.Files.delete(input.resolve("empty.txt"));
      HttpResponse<String> reprocessed = write(base.resolve("/api/failures/reprocess"), "POST", token,
          "{\"location\": \"" + empty + "\"}");

      assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
      assertThat(ingested.statusCode()).as(ingested.body()).isEqualTo(200);
      assertThat(ArticleJson.mapper().readTree(ingested.body()).get("added").asLong()).isEqualTo(1);
      assertThat(reprocessed.statusCode()).as(reprocessed.body()).isEqualTo(200);
      JsonNode outcome = ArticleJson.mapper().readTree(reprocessed.body());
      assertThat(outcome.get("used").asText()).isEqualTo("kept-copy");
      assertThat(outcome.get("why").asText()).contains("is gone");
      assertThat(outcome.at("/failures/EMPTY").asLong()).isEqualTo(1);
      assertThat(client.send(HttpRequest.newBuilder(base.resolve("/api/articles/" + id)).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
      assertThat(getJson(base.resolve("/api/search?q=%2241%22")).get("total").asLong()).isEqualTo(1);
      assertThat(run.stop()).isZero();
    }
  }

  @Test
  void serve_writeWhileAnotherProcessHoldsTheLock_is409WithTheReason() throws Exception {
    Path data = temp.resolve("data");
    Cli.ingest(data, Fixtures.mixedInput(temp.resolve("in")));
    String token = "a-token-for-busy-writes-01";
    Running serve = Running.start("--data", data.toString(), "serve", "--port", "0", "--api-token", token);
    URI base = serve.awaitUrl();
    String id = getJson(base.resolve("/api/search?q=ferry")).at("/hits/0/id").asText();

    HttpResponse<String> busy;
    // Another writer (as 'vigie ingest' in another process would be) holds the data directory's lock.
    try (org.vigie.store.ArticleStore other = org.vigie.store.ArticleStore.openForWriting(
        new org.vigie.store.DataDirectory(data))) {
      busy = write(base.resolve("/api/articles/" + id), "DELETE", token, null);
    }
    HttpResponse<String> deleted = write(base.resolve("/api/articles/" + id), "DELETE", token, null);

    assertThat(busy.statusCode()).isEqualTo(409);
    assertThat(ArticleJson.mapper().readTree(busy.body()).at("/error/message").asText())
        .contains("another Vigie process is writing to the data directory").contains("try again");
    assertThat(deleted.statusCode()).isEqualTo(204);
    assertThat(serve.stop()).isZero();
  }
}
