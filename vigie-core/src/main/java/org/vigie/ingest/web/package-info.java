/**
 * The web as a source: pages, feeds, sitemaps and feed lists fetched politely, and the watcher that
 * polls feeds on an adaptive schedule and keeps its state in the data directory.
 */
package org.vigie.ingest.web;
