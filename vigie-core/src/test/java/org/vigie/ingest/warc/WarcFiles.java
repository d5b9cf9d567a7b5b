package org.vigie.ingest.warc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds WARC files for tests, record by record, as Common Crawl writes them or with their quirks. */
public final class WarcFiles {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzipPerRecord;
  private int counter;

  public WarcFiles(boolean gzipPerRecord) {
    this.gzipPerRecord = gzipPerRecord;
  }

  public static String httpResponse(int status, String contentType, String body) {
    return "HTTP/1.1 " + status + " OK\r\nContent-Type: " + contentType + "\r\nServer: test\r\n\r\n" + body;
  }

  public WarcFiles response(String url, String httpMessage) throws IOException {
    return record("response", url, "application/http; msgtype=response", httpMessage.getBytes(StandardCharsets.UTF_8),
        "\r\n", 0);
  }

  public WarcFiles request(String url) throws IOException {
    return record("request", url, "application/http; msgtype=request",
        ("GET / HTTP/1.1\r\nHost: " + url + "\r\n\r\n").getBytes(StandardCharsets.UTF_8), "\r\n", 0);
  }

  /** A record whose Content-Length is off by {@code lengthError} bytes, with the given line end. */
  public WarcFiles record(String type, String url, String contentType, byte[] block, String lineEnd, int lengthError)
      throws IOException {
    counter++;
    String header = "WARC/1.1" + lineEnd
        + "WARC-Type: " + type + lineEnd
        + "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-" + String.format("%012d", counter) + ">" + lineEnd
        + "WARC-Date: 2020-07-03T10:0" + (counter % 10) + ":00Z" + lineEnd
        + "WARC-Target-URI: " + url + lineEnd
        + "Content-Type: " + contentType + lineEnd
        + "Content-Length: " + (block.length + lengthError) + lineEnd + lineEnd;
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(header.getBytes(StandardCharsets.UTF_8));
    record.write(block);
    record.write((lineEnd + lineEnd).getBytes(StandardCharsets.UTF_8));
    if (gzipPerRecord) {
      try (OutputStream gzip = new GZIPOutputStream(out)) {
        record.writeTo(gzip);
      }
    } else {
      record.writeTo(out);
    }
    return this;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }
}
