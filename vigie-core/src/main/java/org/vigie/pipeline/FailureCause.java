package org.vigie.pipeline;

/** Why a document could not become an article; stable names, since they are stored and counted. */
public enum FailureCause {
  /** Nothing to read: no bytes, or only white space. */
  EMPTY,
  /** The bytes are not text (an image, an archive, an executable). */
  BINARY,
  /** Larger than the configured limit. */
  TOO_LARGE,
  /** The file or entry could not be read (permissions, not a regular file, I/O error). */
  UNREADABLE,
  /** No charset gives readable text. */
  UNDECODABLE,
  /** Readable, but no article in it (no title or no body). */
  NOT_AN_ARTICLE,
  /** A media type that no extractor handles. */
  UNSUPPORTED_TYPE,
  /** The network or the server failed: a time-out, a refused connection, an HTTP error status. */
  FETCH_FAILED,
  /** Not fetched on purpose: robots.txt disallows it, or it points at a private address. */
  DISALLOWED,
  /** A bug in a stage: the exception is recorded so the document can be re-processed after a fix. */
  INTERNAL_ERROR
}
