package org.vigie.ingest.web;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.vigie.feed.Listing;
import org.vigie.feed.ListingKind;
import org.vigie.feed.ListingReader;
import org.vigie.fetch.FetchResult;
import org.vigie.fetch.HttpFetcher;
import org.vigie.fetch.Sleeper;
import org.vigie.ingest.IngestListener;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.Ingester;
import org.vigie.model.UrlCanonicalizer;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;
import org.vigie.store.ArticleStore;
import org.vigie.store.FailedDocument;

/**
 * Follows feeds and sitemaps: polls each when it is due (conditional requests, so an unchanged
 * feed costs a 304), ingests the pages it lists that are not stored yet, and reschedules it by
 * {@link PollSchedule}. A feed's state is saved only after the pages of its poll are committed, so a
 * watcher killed at any point re-polls at worst, and never fetches a stored page again.
 */
public final class FeedWatcher {
  /** What one round of polling did. */
  public record Round(int polled, int notModified, int failed, IngestSummary ingested) {}

  private final HttpFetcher fetcher;
  private final Ingester ingester;
  private final ArticleStore store;
  private final FeedStateStore states;
  private final PollSchedule schedule;
  private final InstantSource clock;
  private final Sleeper sleeper;
  private final ListingReader listings = new ListingReader();

  public FeedWatcher(HttpFetcher fetcher, Ingester ingester, ArticleStore store, FeedStateStore states,
      PollSchedule schedule, InstantSource clock, Sleeper sleeper) {
    this.fetcher = fetcher;
    this.ingester = ingester;
    this.store = store;
    this.states = states;
    this.schedule = schedule;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  /** Polls every feed that is due now, once. */
  public Round pollDue(List<URI> feeds, IngestListener listener) throws IOException, InterruptedException {
    Map<URI, FeedState> known = current(feeds);
    Instant now = clock.instant();
    int polled = 0;
    int notModified = 0;
    int failed = 0;
    IngestSummary total = IngestSummary.EMPTY;
    for (FeedState state : List.copyOf(known.values())) {
      if (state.nextPoll().isAfter(now)) {
        continue;
      }
      polled++;
      FetchResult result = fetcher.fetch(state.url(), state.etag(), state.lastModified());
      FeedState next;
      switch (result) {
        case FetchResult.NotModified unchanged -> {
          notModified++;
          next = schedule.afterNotModified(state, clock.instant());
        }
        case FetchResult.Failed failure -> {
          failed++;
          store.putFailure(new FailedDocument(state.url().toString(), "fetch", failure.cause(),
              failure.message(), -1, "", clock.instant()), Optional.empty());
          next = schedule.afterError(state, clock.instant());
        }
        case FetchResult.Fetched fetched -> {
          Outcome<Listing> listing = listings.read(fetched.document().content(), fetched.finalUrl());
          if (listing instanceof Outcome.Done<Listing> done
              && (done.value().kind() == ListingKind.FEED || done.value().kind() == ListingKind.SITEMAP)) {
            IngestSummary summary = ingester.ingestSources(List.of(WebSource.ofPages(state.url().toString(),
                done.value().pages(), fetcher, store::hasArticleFrom)), listener);
            total = total.plus(summary);
            next = schedule.afterPoll(state, (int) (summary.added() + summary.updated()), fetched.etag(),
                fetched.lastModified(), clock.instant());
          } else {
            failed++;
            String why = listing instanceof Outcome.Failed<Listing> broken ? broken.message()
                : "it is not a feed or a sitemap";
            store.putFailure(new FailedDocument(state.url().toString(), "fetch",
                FailureCause.UNREADABLE, state.url() + ": " + why, -1, "", clock.instant()),
                Optional.empty());
            next = schedule.afterError(state, clock.instant());
          }
        }
      }
      store.commit();
      known.put(state.url(), next);
      states.save(List.copyOf(known.values()));
    }
    return new Round(polled, notModified, failed, total);
  }

  /** Polls until {@code keepGoing} says stop, sleeping until the next feed is due. */
  public void run(List<URI> feeds, BooleanSupplier keepGoing, IngestListener listener)
      throws IOException, InterruptedException {
    while (keepGoing.getAsBoolean()) {
      pollDue(feeds, listener);
      Instant next = current(feeds).values().stream().map(FeedState::nextPoll).min(Comparator.naturalOrder())
          .orElse(clock.instant().plus(schedule.initial()));
      Duration wait = Duration.between(clock.instant(), next);
      // Sleep in short steps so that a stop request is seen soon.
      while (keepGoing.getAsBoolean() && wait.isPositive()) {
        Duration step = wait.compareTo(Duration.ofSeconds(1)) > 0 ? Duration.ofSeconds(1) : wait;
        sleeper.sleep(step);
        wait = wait.minus(step);
      }
    }
  }

  /** Saved states for the feeds asked for; feeds new to the watcher are due now. */
  private Map<URI, FeedState> current(List<URI> feeds) throws IOException {
    Map<URI, FeedState> saved = new LinkedHashMap<>();
    for (FeedState state : states.load()) {
      saved.put(state.url(), state);
    }
    Map<URI, FeedState> result = new LinkedHashMap<>();
    Instant now = clock.instant();
    for (URI feed : feeds) {
      URI url = UrlCanonicalizer.canonical(feed);
      result.put(url, saved.getOrDefault(url, FeedState.fresh(url, schedule.initial(), now)));
    }
    return result;
  }
}
