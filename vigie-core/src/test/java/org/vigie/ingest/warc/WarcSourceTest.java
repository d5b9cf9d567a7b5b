package org.vigie.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.SkipReason;
import org.vigie.ingest.SourceItem;
import org.vigie.model.RawDocument;
import org.vigie.testing.SharedData;

class WarcSourceTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z"));
  @TempDir Path dir;

  private static List<SourceItem> items(Path file, int limit) throws IOException {
    List<SourceItem> items = new ArrayList<>();
    new WarcSource(file, limit, CLOCK).read(items::add);
    return items;
  }

  @Test
  void read_responses_documentsWithHeadersUrlAndCaptureTime_othersSkipped() throws IOException {
    Path file = Files.write(dir.resolve("news.warc.gz"), new WarcFiles(true)
        .request("https://www.news.example/a")
        .response("https://www.news.example/a", WarcFiles.httpResponse(200, "text/html; charset=ISO-8859-1", "<p>a</p>"))
        .response("https://www.news.example/b", WarcFiles.httpResponse(404, "text/html", "gone"))
        .response("https://www.news.example/logo.png", WarcFiles.httpResponse(200, "image/png", "PNG"))
        .bytes());

    List<SourceItem> items = items(file, 1 << 20);

    assertThat(items).hasSize(4);
    assertThat(items.get(0)).isEqualTo(new SourceItem.Skipped(items.get(0).location(), SkipReason.NOT_A_RESPONSE));
    assertThat(items.get(1)).isInstanceOfSatisfying(SourceItem.Document.class, d -> {
      RawDocument doc = d.document();
      assertThat(doc.url()).map(Object::toString).contains("https://www.news.example/a");
      assertThat(doc.source()).contains("news.example");
      assertThat(doc.mediaType()).isEqualTo("text/html");
      assertThat(doc.declaredCharset()).contains("ISO-8859-1");
      assertThat(doc.fetchedAt()).isEqualTo(Instant.parse("2020-07-03T10:02:00Z"));
      assertThat(doc.header("server")).contains("test");
      assertThat(new String(doc.content(), StandardCharsets.UTF_8)).isEqualTo("<p>a</p>");
      assertThat(doc.location().toString()).contains("news.warc.gz#record=urn:uuid:");
    });
    assertThat(items.get(2)).isInstanceOfSatisfying(SourceItem.Skipped.class,
        s -> assertThat(s.reason()).isEqualTo(SkipReason.HTTP_STATUS));
    assertThat(items.get(3)).isInstanceOfSatisfying(SourceItem.Skipped.class,
        s -> assertThat(s.reason()).isEqualTo(SkipReason.NOT_TEXT));
  }

  @Test
  void read_chunkedGzipBody_decoded() throws IOException {
    java.io.ByteArrayOutputStream zipped = new java.io.ByteArrayOutputStream();
    try (var gzip = new java.util.zip.GZIPOutputStream(zipped)) {
      gzip.write("<p>compressed</p>".getBytes(StandardCharsets.UTF_8));
    }
    byte[] body = zipped.toByteArray();
    java.io.ByteArrayOutputStream http = new java.io.ByteArrayOutputStream();
    http.write(("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n"
        + Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    http.write(body);
    http.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    Path file = Files.write(dir.resolve("chunked.warc"), new WarcFiles(false)
        .record("response", "https://news.example/c", "application/http", http.toByteArray(), "\r\n", 0).bytes());

    assertThat(items(file, 1 << 20)).singleElement().isInstanceOfSatisfying(SourceItem.Document.class,
        d -> assertThat(new String(d.document().content(), StandardCharsets.UTF_8)).isEqualTo("<p>compressed</p>"));
  }

  @Test
  void read_truncatedGzipFile_recordsBeforeKeptAndTheRestAFailure() throws IOException {
    byte[] whole = new WarcFiles(true)
        .response("https://news.example/1", WarcFiles.httpResponse(200, "text/html", "<p>1</p>"))
        .response("https://news.example/2", WarcFiles.httpResponse(200, "text/html", "<p>2</p>"))
        .response("https://news.example/3", WarcFiles.httpResponse(200, "text/html", "<p>3</p>".repeat(200)))
        .bytes();
    Path file = Files.write(dir.resolve("cut.warc.gz"), java.util.Arrays.copyOf(whole, whole.length - 40));

    List<SourceItem> items = items(file, 1 << 20);

    assertThat(items).filteredOn(SourceItem.Document.class::isInstance).hasSize(2);
    assertThat(items.getLast()).isInstanceOfSatisfying(SourceItem.Unreadable.class,
        u -> assertThat(u.failure().message()).contains("cut or corrupt after"));
  }

  @Test
  void read_recordOverLimit_failureTooLarge() throws IOException {
    Path file = Files.write(dir.resolve("big.warc"), new WarcFiles(false)
        .response("https://news.example/big", WarcFiles.httpResponse(200, "text/html", "x".repeat(400_000))).bytes());
    assertThat(items(file, 100_000)).singleElement().isInstanceOfSatisfying(SourceItem.Unreadable.class,
        u -> assertThat(u.failure().cause()).isEqualTo(org.vigie.pipeline.FailureCause.TOO_LARGE));
  }

  @Test
  void read_sharedBbcCapture_lenientOnItsQuirks() throws IOException {
    Path file = SharedData.require("eval/warc/bbc-news-2014-commoncrawl.warc");

    List<SourceItem> items = items(file, 16 << 20);

    assertThat(items).singleElement().isInstanceOfSatisfying(SourceItem.Document.class, d -> {
      assertThat(d.document().url()).map(Object::toString).contains("http://news.bbc.co.uk/2/hi/africa/3414345.stm");
      assertThat(d.document().mediaType()).isEqualTo("text/html");
      assertThat(new String(d.document().content(), StandardCharsets.ISO_8859_1))
          .contains("President Sam Nujoma works in very pleasant surroundings");
    });
  }
}
