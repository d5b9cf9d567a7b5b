package org.vigie.ingest.warc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WarcReaderTest {
  private static List<WarcRecord> readAll(byte[] bytes) throws IOException {
    List<WarcRecord> records = new ArrayList<>();
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes), 1 << 20)) {
      Optional<WarcRecord> next;
      while ((next = reader.next()).isPresent()) {
        records.add(next.get());
      }
    }
    return records;
  }

  private static WarcFiles sample(boolean gzip) throws IOException {
    return new WarcFiles(gzip)
        .request("https://news.example/a")
        .response("https://news.example/a", WarcFiles.httpResponse(200, "text/html; charset=utf-8", "<p>Un été à Tripoli</p>"))
        .response("https://news.example/b", WarcFiles.httpResponse(404, "text/html", "gone"));
  }

  @Test
  void next_gzipPerRecord_readsEveryRecordWithoutProblems() throws IOException {
    List<WarcRecord> records = readAll(sample(true).bytes());

    assertThat(records).extracting(WarcRecord::type).containsExactly("request", "response", "response");
    assertThat(records).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    assertThat(records.get(1).targetUri()).contains("https://news.example/a");
    assertThat(new String(records.get(1).block(), StandardCharsets.UTF_8)).endsWith("<p>Un été à Tripoli</p>");
  }

  @Test
  void next_plainFile_sameRecords() throws IOException {
    assertThat(readAll(sample(false).bytes())).hasSize(3);
  }

  @Test
  void next_lfLineEnds_readAsCrlf() throws IOException {
    byte[] bytes = new WarcFiles(false)
        .record("response", "https://news.example/lf", "application/http; msgtype=response",
            "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<p>x</p>".getBytes(StandardCharsets.UTF_8), "\n", 0)
        .record("response", "https://news.example/lf2", "application/http; msgtype=response",
            "HTTP/1.1 200 OK\nContent-Type: text/html\n\n<p>y</p>".getBytes(StandardCharsets.UTF_8), "\n", 0)
        .bytes();
    List<WarcRecord> records = readAll(bytes);
    assertThat(records).hasSize(2);
    assertThat(records).allSatisfy(r -> assertThat(r.problems()).isEmpty());
  }

  @Test
  void next_contentLengthTooShort_resynchronisesOnNextRecord() throws IOException {
    byte[] bytes = new WarcFiles(false)
        .record("response", "https://news.example/short", "application/http; msgtype=response",
            WarcFiles.httpResponse(200, "text/html", "<p>declared shorter than it is</p>").getBytes(StandardCharsets.UTF_8),
            "\r\n", -10)
        .response("https://news.example/next", WarcFiles.httpResponse(200, "text/html", "<p>next</p>"))
        .bytes();
    List<WarcRecord> records = readAll(bytes);
    assertThat(records).hasSize(2);
    assertThat(records.getFirst().problems()).anyMatch(p -> p.contains("does not match its Content-Length"));
    assertThat(records.get(1).targetUri()).contains("https://news.example/next");
  }

  @Test
  void next_contentLengthTooLongAtEndOfFile_recordKeptWithProblem() throws IOException {
    byte[] bytes = new WarcFiles(false)
        .record("response", "https://news.example/long", "application/http; msgtype=response",
            WarcFiles.httpResponse(200, "text/html", "<p>body</p>").getBytes(StandardCharsets.UTF_8), "\n", 50)
        .bytes();
    List<WarcRecord> records = readAll(bytes);
    assertThat(records).singleElement().satisfies(r ->
        assertThat(r.problems()).anyMatch(p -> p.contains("before the declared Content-Length")));
  }

  @Test
  void next_blockOverLimit_keptCutAndMarked() throws IOException {
    byte[] big = ("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + "x".repeat(5000)).getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new WarcFiles(true).record("response", "https://news.example/big", "application/http", big, "\r\n", 0)
        .response("https://news.example/after", WarcFiles.httpResponse(200, "text/html", "ok")).bytes();
    List<WarcRecord> records = new ArrayList<>();
    try (WarcReader reader = new WarcReader(new ByteArrayInputStream(bytes), 1000)) {
      reader.next().ifPresent(records::add);
      reader.next().ifPresent(records::add);
    }
    assertThat(records.getFirst().cut()).isTrue();
    assertThat(records.getFirst().block()).hasSize(1000);
    assertThat(records.get(1).targetUri()).contains("https://news.example/after");
  }

  @Test
  void next_truncatedGzip_throwsAfterTheRecordsBefore() throws IOException {
    byte[] whole = sample(true).bytes();
    byte[] cut = Arrays.copyOf(whole, whole.length - 30);
    List<WarcRecord> records = new ArrayList<>();
    assertThatThrownBy(() -> {
      try (WarcReader reader = new WarcReader(new ByteArrayInputStream(cut), 1 << 20)) {
        Optional<WarcRecord> next;
        while ((next = reader.next()).isPresent()) {
          records.add(next.get());
        }
      }
    }).isInstanceOf(IOException.class);
    assertThat(records).hasSizeGreaterThanOrEqualTo(2);
  }

  @Test
  void next_garbage_noRecordsNoCrash() throws IOException {
    byte[] garbage = new byte[100_000];
    new java.util.Random(3).nextBytes(garbage);
    garbage[0] = 'x';
    assertThat(readAll(garbage)).isEmpty();
  }
}
