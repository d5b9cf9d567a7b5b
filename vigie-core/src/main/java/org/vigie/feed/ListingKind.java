package org.vigie.feed;

/** What a fetched document is, by its root element: a list of pages, a list of feeds, or a page. */
public enum ListingKind {
  FEED, SITEMAP, SITEMAP_INDEX, OPML, PAGE
}
