package org.vigie.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How Vigie behaves toward the sites it reads.
 *
 * @param contactUrl where a site owner learns who runs this crawler; part of the User-Agent
 * @param hostDelay least time between two requests to one host (robots.txt Crawl-delay may raise it)
 * @param connectTimeout time to open a connection
 * @param requestTimeout time for a whole response
 * @param maxBytes largest response body accepted, after decompression
 * @param maxRedirects redirects followed before giving up
 * @param retries further attempts after a 5xx, a 429 or a network error
 * @param backoff wait before the first retry; doubled for each next one
 * @param allowPrivateNetwork whether loopback, private and link-local addresses may be fetched
 */
public record FetchPolicy(URI contactUrl, Duration hostDelay, Duration connectTimeout, Duration requestTimeout,
    long maxBytes, int maxRedirects, int retries, Duration backoff, boolean allowPrivateNetwork) {

  public static final String PRODUCT = "Vigie/0.1";

  public FetchPolicy {
    Objects.requireNonNull(contactUrl, "contactUrl");
    if (maxBytes < 1 || maxRedirects < 0 || retries < 0) {
      throw new IllegalArgumentException("fetch limits must be positive");
    }
  }

  public static FetchPolicy defaults() {
    return new FetchPolicy(URI.create("https://github.com/vigie-news/vigie"), Duration.ofSeconds(2),
        Duration.ofSeconds(10), Duration.ofSeconds(30), 16L * 1024 * 1024, 5, 2, Duration.ofSeconds(2), false);
  }

  public String userAgent() {
    return PRODUCT + " (news monitoring; +" + contactUrl + ")";
  }

  public FetchPolicy withAllowPrivateNetwork(boolean allow) {
    return new FetchPolicy(contactUrl, hostDelay, connectTimeout, requestTimeout, maxBytes, maxRedirects, retries,
        backoff, allow);
  }

  public FetchPolicy withHostDelay(Duration delay) {
    return new FetchPolicy(contactUrl, delay, connectTimeout, requestTimeout, maxBytes, maxRedirects, retries, backoff,
        allowPrivateNetwork);
  }

  public FetchPolicy withTimeouts(Duration connect, Duration request) {
    return new FetchPolicy(contactUrl, hostDelay, connect, request, maxBytes, maxRedirects, retries, backoff,
        allowPrivateNetwork);
  }

  public FetchPolicy withMaxBytes(long bytes) {
    return new FetchPolicy(contactUrl, hostDelay, connectTimeout, requestTimeout, bytes, maxRedirects, retries, backoff,
        allowPrivateNetwork);
  }

  public FetchPolicy withRetries(int count, Duration firstBackoff) {
    return new FetchPolicy(contactUrl, hostDelay, connectTimeout, requestTimeout, maxBytes, maxRedirects, count,
        firstBackoff, allowPrivateNetwork);
  }

  public FetchPolicy withContactUrl(URI contact) {
    return new FetchPolicy(contact, hostDelay, connectTimeout, requestTimeout, maxBytes, maxRedirects, retries, backoff,
        allowPrivateNetwork);
  }
}
