package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.Articles;
import org.vigie.testing.LoopbackServer;

/** {@code ingest URL}, {@code watch} and the fetch settings, against a real HTTP server on loopback. */
class WebCommandsTest {
  @TempDir Path data;
  @TempDir Path work;
  private LoopbackServer server;

  @BeforeEach
  void start() throws IOException {
    server = new LoopbackServer();
    for (int i = 1; i <= 2; i++) {
      String text = Articles.french(i);
      server.on("/a/" + i, e -> LoopbackServer.respond(e, 200, "text/plain; charset=utf-8", text));
    }
    server.on("/feed.xml", e -> LoopbackServer.respond(e, 200, "application/rss+xml",
        "<rss version=\"2.0\"><channel><title>T</title><item><link>/a/1</link></item>"
            + "<item><link>/a/2</link></item></channel></rss>"));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private Cli.Result ingest(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "ingest";
    args[1] = "--languages";
    args[2] = "fr,en";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return Cli.run(data, args);
  }

  @Test
  void ingest_feedUrlWithPrivateNetworkAllowed_storesItsPages() {
    Cli.Result result = ingest("--allow-private-network", "--host-delay", "0", server.uri("/feed.xml").toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).contains("ingested 2 (added 2");
    assertThat(Cli.run(data, "search", "budget").out()).contains("budget numéro 1").contains("budget numéro 2");
  }

  @Test
  void ingest_loopbackUrlByDefault_refusedAndRecorded() {
    Cli.Result result = ingest(server.uri("/feed.xml").toString());

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("failed 1 (DISALLOWED 1)");
    assertThat(Cli.run(data, "failures").out()).contains("--allow-private-network");
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void ingest_configurationKey_allowsPrivateNetwork() throws IOException {
    Files.createDirectories(data);
    Files.writeString(data.resolve("vigie.properties"),
        "fetch.allow-private-network = true\nfetch.host-delay-seconds = 0\n");

    assertThat(ingest(server.uri("/a/1").toString()).out()).contains("ingested 1");
  }

  @Test
  void watch_once_pollsThenWaitsForTheSchedule() throws IOException {
    Path feeds = Files.writeString(work.resolve("feeds.txt"), "# my feeds\n" + server.uri("/feed.xml") + "\n");

    Cli.Result first = Cli.run(data, "watch", "--once", "--languages", "fr,en", "--allow-private-network",
        "--host-delay", "0", "--feeds", feeds.toString());
    Cli.Result second = Cli.run(data, "watch", "--once", "--languages", "fr,en", "--allow-private-network",
        "--host-delay", "0", "--feeds", feeds.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.out()).contains("polled 1 feeds").contains("added 2");
    assertThat(second.out()).contains("polled 0 feeds");
    assertThat(data.resolve("feeds.json")).exists();
    assertThat(server.requestsTo("/a/1")).isEqualTo(1);
  }

  @Test
  void watch_feedListWithANonUrl_badUsage() throws IOException {
    Path feeds = Files.writeString(work.resolve("feeds.txt"), "ftp://example.org/feed\n");

    Cli.Result result = Cli.run(data, "watch", "--once", "--feeds", feeds.toString());

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("line 1").contains("not an http(s) URL");
  }

  @Test
  void load_defaultFeedList_frenchAndEnglishFeeds() {
    assertThat(FeedList.load(java.util.Optional.empty())).hasSizeGreaterThanOrEqualTo(10)
        .allSatisfy(uri -> assertThat(uri.getScheme()).isEqualTo("https"));
  }
}
