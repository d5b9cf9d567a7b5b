package org.vigie.ingest;

/** Why a source passed over an item without storing it; counted in the ingest summary. */
public enum SkipReason {
  /** An archive record that holds no document: a request, metadata, warcinfo or revisit record. */
  NOT_A_RESPONSE,
  /** An HTTP response other than 2xx: an error page or a redirect, not the document. */
  HTTP_STATUS,
  /** A response whose media type is not text (an image, a script, a style sheet, a PDF). */
  NOT_TEXT,
  /** A page a feed or sitemap lists that is already stored: not fetched again. */
  ALREADY_STORED
}
