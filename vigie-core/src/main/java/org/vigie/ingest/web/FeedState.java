package org.vigie.ingest.web;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the watcher knows of one feed between polls.
 *
 * @param url the feed
 * @param etag and {@code lastModified}: validators of the last response, for a conditional request
 * @param interval current time between polls
 * @param nextPoll when to poll next
 * @param lastPolled when it was last polled, if ever
 * @param lastNewPages pages the last poll found that were not stored yet
 * @param errors polls failed in a row
 */
public record FeedState(URI url, Optional<String> etag, Optional<String> lastModified, Duration interval,
    Instant nextPoll, Optional<Instant> lastPolled, int lastNewPages, int errors) {

  public FeedState {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(etag, "etag");
    Objects.requireNonNull(lastModified, "lastModified");
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(nextPoll, "nextPoll");
    Objects.requireNonNull(lastPolled, "lastPolled");
  }

  public static FeedState fresh(URI url, Duration interval, Instant now) {
    return new FeedState(url, Optional.empty(), Optional.empty(), interval, now, Optional.empty(), 0, 0);
  }
}
