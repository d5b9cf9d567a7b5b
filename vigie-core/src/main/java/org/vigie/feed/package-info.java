/**
 * Feeds and lists of pages: RSS 2.0, RSS 1.0 and Atom feeds, OPML feed lists, XML sitemaps,
 * sitemap indexes and Google News sitemaps; all parsed with DTDs and external entities refused.
 */
package org.vigie.feed;
