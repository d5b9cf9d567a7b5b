package org.vigie.ingest.warc;

import java.io.EOFException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import org.vigie.ingest.ArchiveInput;
import org.vigie.ingest.ArchiveSource;
import org.vigie.ingest.SkipReason;
import org.vigie.ingest.SourceItem;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.FailureCause;

/**
 * The documents of a WARC file: each HTTP response record with a 2xx status and a text media type
 * becomes a raw document carrying the response's headers and the capture time; a {@code resource}
 * or {@code conversion} record (the extracted text of a WET file) becomes one too. Every other
 * record is counted as skipped with its reason; a record too large, or the rest of a file after a
 * corrupt gzip member, becomes a failure.
 */
public final class WarcSource extends ArchiveSource {
  private static final String STAGE = "read";
  private static final Set<String> TEXT_TYPES = Set.of("text/html", "application/xhtml+xml", "text/plain",
      "application/xml", "text/xml", "application/rss+xml", "application/atom+xml");

  public WarcSource(Path file, int maxDocumentBytes, InstantSource clock) {
    this(ArchiveInput.of(file), maxDocumentBytes, clock);
  }

  /** A WARC file on any file system, opened by the input's opener. */
  public WarcSource(ArchiveInput input, int maxDocumentBytes, InstantSource clock) {
    super(input, maxDocumentBytes, clock);
  }

  /** Whether a file of this lower-case name is a WARC file. */
  public static boolean handles(String lowerCaseName) {
    return lowerCaseName.endsWith(".warc") || lowerCaseName.endsWith(".warc.gz");
  }

  @Override
  public void read(Consumer<SourceItem> sink) throws IOException {
    // A block may hold HTTP headers besides the document: allow some room beyond the document limit.
    int blockLimit = (int) Math.min(Integer.MAX_VALUE - 16, (long) maxDocumentBytes() + 256 * 1024);
    long records = 0;
    long lastOffset = 0;
    try (WarcReader reader = new WarcReader(input().open(), blockLimit)) {
      Optional<WarcRecord> next;
      while ((next = reader.next()).isPresent()) {
        WarcRecord record = next.get();
        records++;
        lastOffset = record.offset();
        sink.accept(item(record));
      }
    } catch (ZipException | EOFException e) {
      sink.accept(new SourceItem.Unreadable(location() + "#after-offset=" + lastOffset,
          new Failure(STAGE, FailureCause.UNREADABLE, "the archive is cut or corrupt after " + records
              + " records (" + e.getMessage() + "); the records before were read"), -1));
    }
  }

  SourceItem item(WarcRecord record) {
    String location = location() + "#" + record.recordId().map(id -> "record=" + id.replaceAll("[<>]", ""))
        .orElse("offset=" + record.offset());
    String type = record.type();
    if (!type.equals("response") && !type.equals("resource") && !type.equals("conversion")) {
      return new SourceItem.Skipped(location, SkipReason.NOT_A_RESPONSE);
    }
    if (record.cut()) {
      return new SourceItem.Unreadable(location, new Failure(STAGE, FailureCause.TOO_LARGE, String.format(Locale.ROOT,
          "the record's block is %d bytes, over the %d-byte limit for one document", record.blockLength(),
          maxDocumentBytes())), record.blockLength());
    }
    Optional<URI> url = record.targetUri().flatMap(WarcSource::uri);
    Instant captured = record.date().flatMap(WarcSource::instant).orElseGet(clock()::instant);
    Optional<String> outlet = url.map(URI::getHost).map(h -> h.startsWith("www.") ? h.substring(4) : h);
    URI where = URI.create(location.replace(" ", "%20"));
    if (type.equals("response")) {
      Optional<HttpPayload> payload = HttpPayload.parse(record.block(), maxDocumentBytes());
      if (payload.isEmpty()) {
        return new SourceItem.Unreadable(location, new Failure(STAGE, FailureCause.UNREADABLE,
            "the response record holds no HTTP response"), record.blockLength());
      }
      HttpPayload http = payload.get();
      if (http.status() < 200 || http.status() >= 300) {
        return new SourceItem.Skipped(location, SkipReason.HTTP_STATUS);
      }
      String mediaType = http.mediaType().orElseGet(() -> sniff(http.body()));
      if (!TEXT_TYPES.contains(mediaType)) {
        return new SourceItem.Skipped(location, SkipReason.NOT_TEXT);
      }
      return new SourceItem.Document(new RawDocument(where, url, outlet, captured, http.headers(), mediaType,
          http.charset(), http.body()));
    }
    String contentType = record.field("Content-Type").orElse("text/plain");
    String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (!TEXT_TYPES.contains(mediaType)) {
      return new SourceItem.Skipped(location, SkipReason.NOT_TEXT);
    }
    return new SourceItem.Document(new RawDocument(where, url, outlet, captured, java.util.List.of(), mediaType,
        HttpPayload.charsetOf(contentType), record.block()));
  }

  /** A response without Content-Type: markup if it starts like markup, else plain text. */
  private static String sniff(byte[] body) {
    for (byte b : body) {
      if (!Character.isWhitespace(b)) {
        return b == '<' ? "text/html" : "text/plain";
      }
    }
    return "text/plain";
  }

  private static Optional<URI> uri(String text) {
    try {
      return Optional.of(new URI(text.strip()));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<Instant> instant(String text) {
    try {
      return Optional.of(Instant.parse(text));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
