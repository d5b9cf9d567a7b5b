package org.vigie.feed;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A page a feed or sitemap lists: its absolute URL and what the list says of it. */
public record FeedEntry(URI url, Optional<String> title, Optional<Instant> published) {
  public FeedEntry {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(published, "published");
  }
}
