package org.vigie.fetch;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;

/** What fetching a URL gave. */
public sealed interface FetchResult permits FetchResult.Fetched, FetchResult.NotModified, FetchResult.Failed {

  URI url();

  /**
   * The document, and the validators to send next time.
   *
   * @param url the URL asked for
   * @param finalUrl where redirects ended
   */
  record Fetched(URI url, URI finalUrl, RawDocument document, Optional<String> etag, Optional<String> lastModified)
      implements FetchResult {
    public Fetched {
      Objects.requireNonNull(document, "document");
    }
  }

  /** The server said 304: what Vigie has is current. */
  record NotModified(URI url) implements FetchResult {}

  /**
   * Not fetched, and why; {@code status} is the HTTP status when there was one.
   *
   * @param disallowed true when robots.txt or the address guard forbade it: not an error of the site
   */
  record Failed(URI url, FailureCause cause, String message, int status, boolean disallowed) implements FetchResult {
    public Failed {
      Objects.requireNonNull(cause, "cause");
      Objects.requireNonNull(message, "message");
    }
  }
}
