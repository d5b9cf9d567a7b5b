package org.vigie.feed;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A parsed feed, sitemap or feed list.
 *
 * @param kind what it was
 * @param title the feed's or list's title, when it has one
 * @param pages the pages it lists (a feed's items, a sitemap's URLs)
 * @param lists further lists it points to (a sitemap index's sitemaps, an OPML file's feeds)
 */
public record Listing(ListingKind kind, Optional<String> title, List<FeedEntry> pages, List<URI> lists) {
  public Listing {
    pages = List.copyOf(pages);
    lists = List.copyOf(lists);
  }
}
