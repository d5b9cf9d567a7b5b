package org.vigie.ingest.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.vigie.feed.FeedEntry;
import org.vigie.feed.Listing;
import org.vigie.feed.ListingReader;
import org.vigie.fetch.FetchResult;
import org.vigie.fetch.HttpFetcher;
import org.vigie.ingest.DocumentSource;
import org.vigie.ingest.SkipReason;
import org.vigie.ingest.SourceItem;
import org.vigie.ingest.StatedDates;
import org.vigie.model.RawDocument;
import org.vigie.model.UrlCanonicalizer;
import org.vigie.pipeline.Failure;
import org.vigie.pipeline.Outcome;

/**
 * URLs given by a user: a page is a document; a feed or a sitemap lists pages, each fetched unless
 * already stored; a sitemap index or an OPML file lists further lists, followed a few levels deep.
 * Every URL that cannot be fetched becomes a failure under its canonical form.
 */
public final class WebSource implements DocumentSource {
  private static final int MAX_DEPTH = 3;

  /** Tells whether a page is already stored, so that it is not fetched again. */
  @FunctionalInterface
  public interface StoredCheck {
    boolean isStored(String location) throws IOException;
  }

  private final List<URI> urls;
  private final HttpFetcher fetcher;
  private final ListingReader listings = new ListingReader();
  private final StoredCheck stored;

  public WebSource(List<URI> urls, HttpFetcher fetcher, StoredCheck stored) {
    this.urls = List.copyOf(urls);
    this.fetcher = fetcher;
    this.stored = stored;
  }

  public static boolean isUrl(String argument) {
    String lower = argument.toLowerCase(java.util.Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  @Override
  public String location() {
    return urls.size() == 1 ? urls.getFirst().toString() : urls.size() + " URLs";
  }

  @Override
  public void read(Consumer<SourceItem> sink) throws IOException {
    Set<URI> visited = new HashSet<>();
    try {
      for (URI url : urls) {
        visit(UrlCanonicalizer.canonical(url), 0, sink, visited);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while fetching", e);
    }
  }

  private void visit(URI url, int depth, Consumer<SourceItem> sink, Set<URI> visited) throws InterruptedException {
    if (!visited.add(url)) {
      return;
    }
    switch (fetcher.fetch(url)) {
      case FetchResult.Failed failed -> sink.accept(unreadable(failed));
      case FetchResult.NotModified notModified -> { }
      case FetchResult.Fetched fetched -> {
        switch (listings.read(fetched.document().content(), fetched.finalUrl())) {
          case Outcome.Failed<Listing> broken -> sink.accept(new SourceItem.Unreadable(url.toString(),
              new Failure("fetch", broken.cause(), url + ": " + broken.message()), fetched.document().content().length));
          case Outcome.Done<Listing> done -> {
            Listing listing = done.value();
            switch (listing.kind()) {
              case PAGE -> sink.accept(new SourceItem.Document(fetched.document()));
              case FEED, SITEMAP -> pages(listing.pages(), sink);
              case SITEMAP_INDEX, OPML -> {
                if (depth < MAX_DEPTH) {
                  for (URI list : listing.lists()) {
                    visit(UrlCanonicalizer.canonical(list), depth + 1, sink, visited);
                  }
                }
              }
            }
          }
        }
      }
    }
  }

  /** Fetches the listed pages not yet stored. */
  void pages(List<FeedEntry> entries, Consumer<SourceItem> sink) throws InterruptedException {
    for (FeedEntry entry : entries) {
      URI page = UrlCanonicalizer.canonical(entry.url());
      try {
        if (stored.isStored(page.toString())) {
          sink.accept(new SourceItem.Skipped(page.toString(), SkipReason.ALREADY_STORED));
          continue;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      sink.accept(page(page, entry));
    }
  }

  private SourceItem page(URI page, FeedEntry entry) throws InterruptedException {
    return switch (fetcher.fetch(page)) {
      case FetchResult.Fetched fetched -> new SourceItem.Document(fetched.document()
          .withStated(new RawDocument.Stated(entry.published().map(StatedDates::of))));
      case FetchResult.Failed failed -> unreadable(failed);
      case FetchResult.NotModified notModified -> new SourceItem.Skipped(page.toString(), SkipReason.ALREADY_STORED);
    };
  }

  static SourceItem.Unreadable unreadable(FetchResult.Failed failed) {
    return new SourceItem.Unreadable(failed.url().toString(),
        new Failure("fetch", failed.cause(), failed.message()), -1);
  }

  /** The listed pages of one poll as a source of their own. */
  public static DocumentSource ofPages(String location, List<FeedEntry> entries, HttpFetcher fetcher,
      StoredCheck stored) {
    WebSource web = new WebSource(List.of(), fetcher, stored);
    return new DocumentSource() {
      @Override
      public String location() {
        return location;
      }

      @Override
      public void read(Consumer<SourceItem> sink) throws IOException {
        try {
          web.pages(entries, sink);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while fetching", e);
        }
      }
    };
  }
}
