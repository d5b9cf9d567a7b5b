package org.vigie.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.vigie.ingest.web.WebSource;
import org.vigie.model.ArticleIds;
import org.vigie.model.RawDocument;
import org.vigie.store.ArticleStore;
import org.vigie.store.FailedDocument;

/**
 * Processes a recorded failure again, after a fix. The bytes kept when it failed are what failed,
 * so they are what is processed: that works when the file has since been deleted or changed, for a
 * record inside an archive, and for a page that should not be fetched twice. The location is read
 * again only when no bytes were kept (it could not be read at all) or the kept copy is gone. Every
 * outcome says which it used and why.
 */
public final class FailureRetry {
  /** Which bytes a retry processed. */
  public enum Origin {
    /** The copy kept in the data directory when the document failed. */
    KEPT_COPY,
    /** What the location holds now. */
    LOCATION
  }

  /**
   * @param why one sentence for a person: why these bytes
   * @param summary what processing them did (an article stored, or the failure recorded again)
   */
  public record Outcome(String location, Origin origin, String why, IngestSummary summary) {
    public Outcome {
      Objects.requireNonNull(location, "location");
      Objects.requireNonNull(origin, "origin");
      Objects.requireNonNull(why, "why");
      Objects.requireNonNull(summary, "summary");
    }
  }

  /** Reads a web location again (a page, a feed, a sitemap), with the caller's fetcher. */
  @FunctionalInterface
  public interface WebReader {
    DocumentSource source(URI url);
  }

  private final Ingester ingester;
  private final ArticleStore store;
  private final WebReader web;

  public FailureRetry(Ingester ingester, WebReader web) {
    this.ingester = ingester;
    this.store = ingester.store();
    this.web = web;
  }

  /** Retries the failure recorded at that location; empty when none is recorded there. */
  public Optional<Outcome> retry(String location, IngestListener listener) throws IOException {
    Optional<FailedDocument> recorded = store.failure(location);
    if (recorded.isEmpty()) {
      return Optional.empty();
    }
    FailedDocument failure = recorded.get();
    Optional<Path> file = file(location);
    Optional<RawDocument> kept = store.keptDocument(failure,
        file.map(FileReader::mediaType).orElse(WebSource.isUrl(location) ? "text/html" : "text/plain"));
    if (kept.isPresent()) {
      RawDocument document = kept.get();
      DocumentSource source = new DocumentSource() {
        @Override
        public String location() {
          return location;
        }

        @Override
        public void read(Consumer<SourceItem> sink) {
          sink.accept(new SourceItem.Document(document));
        }
      };
      return Optional.of(new Outcome(location, Origin.KEPT_COPY, whyKept(location, file, failure),
          ingester.ingestSources(List.of(source), listener)));
    }
    String why = failure.sha256().isEmpty() ? "no bytes were kept, since it could not be read when it failed"
        : "the copy kept when it failed is missing or damaged";
    if (WebSource.isUrl(location)) {
      return Optional.of(new Outcome(location, Origin.LOCATION, why + "; fetched it again",
          ingester.ingestSources(List.of(web.source(URI.create(location))), listener)));
    }
    Optional<Path> archive = archive(location);
    if (file.isEmpty() && archive.isPresent()) {
      return Optional.of(new Outcome(location, Origin.LOCATION, why + "; read the whole archive " + archive.get()
          + " again (what it already gave is stored once)", ingester.ingest(List.of(archive.get()), listener)));
    }
    Path path = file.orElse(Path.of(location));
    return Optional.of(new Outcome(location, Origin.LOCATION, why + "; read " + path + " again",
        ingester.ingest(List.of(path), listener)));
  }

  /** Why the kept copy rather than the location, as the location stands now. */
  private String whyKept(String location, Optional<Path> file, FailedDocument failure) {
    if (WebSource.isUrl(location)) {
      return "processed the bytes kept when it failed rather than fetching the page again";
    }
    if (file.isEmpty()) {
      return archive(location).isPresent() ? "a record inside an archive: processed the bytes kept when it failed"
          : "processed the bytes kept when it failed";
    }
    Path path = file.get();
    if (!Files.exists(path)) {
      return "the file " + path + " is gone: processed the bytes kept when it failed";
    }
    SourceItem now = ingester.fileReader().read(path);
    if (now instanceof SourceItem.Document document
        && ArticleIds.sha256Hex(document.document().content()).equals(failure.sha256())) {
      return "the file still holds the bytes kept when it failed: processed them";
    }
    return "the file " + path + " has changed since it failed: processed the bytes kept then"
        + " ('vigie ingest' it to take what it holds now)";
  }

  /** The file a location names: a file URI without a fragment (with one, it names a record inside). */
  private static Optional<Path> file(String location) {
    try {
      URI uri = URI.create(location);
      return "file".equals(uri.getScheme()) && uri.getRawFragment() == null ? Optional.of(Path.of(uri))
          : Optional.empty();
    } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }

  /** The archive a record's location points into. */
  private static Optional<Path> archive(String location) {
    try {
      URI uri = URI.create(location);
      if (!"file".equals(uri.getScheme()) || uri.getRawFragment() == null) {
        return Optional.empty();
      }
      return Optional.of(Path.of(new URI(uri.getScheme(), uri.getAuthority(), uri.getPath(), null, null)));
    } catch (IllegalArgumentException | java.net.URISyntaxException | java.nio.file.FileSystemNotFoundException e) {
      return Optional.empty();
    }
  }
}
