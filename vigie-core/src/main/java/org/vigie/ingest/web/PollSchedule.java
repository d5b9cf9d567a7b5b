package org.vigie.ingest.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Adaptive polling: a feed that brings new pages is polled more often, one that brings none less
 * often, within bounds; failures back off exponentially. This multiplicative rule approximates
 * polling in proportion to a feed's change rate, which Cho and Garcia-Molina ("Effective page
 * refresh policies", ICDE 2003) show keeps a collection freshest for a given request budget.
 */
public record PollSchedule(Duration minimum, Duration initial, Duration maximum) {

  public static PollSchedule defaults() {
    return new PollSchedule(Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(6));
  }

  public FeedState afterPoll(FeedState state, int newPages, Optional<String> etag, Optional<String> lastModified,
      Instant now) {
    double factor = newPages >= 5 ? 0.5 : newPages > 0 ? 0.75 : 1.5;
    Duration interval = clamp(Duration.ofMillis((long) (state.interval().toMillis() * factor)));
    return new FeedState(state.url(), etag.or(state::etag), lastModified.or(state::lastModified), interval,
        now.plus(interval), Optional.of(now), newPages, 0);
  }

  public FeedState afterNotModified(FeedState state, Instant now) {
    return afterPoll(state, 0, Optional.empty(), Optional.empty(), now);
  }

  public FeedState afterError(FeedState state, Instant now) {
    int errors = state.errors() + 1;
    Duration backoff = clamp(state.interval().multipliedBy(2));
    return new FeedState(state.url(), state.etag(), state.lastModified(), state.interval(), now.plus(backoff),
        Optional.of(now), 0, errors);
  }

  private Duration clamp(Duration interval) {
    if (interval.compareTo(minimum) < 0) {
      return minimum;
    }
    return interval.compareTo(maximum) > 0 ? maximum : interval;
  }
}
