package org.vigie.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.vigie.model.HttpHeader;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;

/**
 * Fetches URLs politely (see {@link FetchPolicy}): robots.txt is read once a day per site and
 * obeyed; one request at a time per host with a delay between them; redirects followed by hand, a
 * bounded number of times, each hop checked again; bodies read within a byte limit and a deadline
 * (a stalled or trickling server is cut off); 5xx, 429 and network errors retried with exponential
 * backoff, honouring Retry-After; conditional requests with the validators of the last fetch.
 * Thread-safe.
 */
public final class HttpFetcher implements AutoCloseable {
  private static final Duration ROBOTS_TTL = Duration.ofHours(24);
  private static final Duration ROBOTS_ERROR_TTL = Duration.ofHours(1);
  private static final Duration MAX_RETRY_AFTER = Duration.ofMinutes(5);
  private static final int ROBOTS_MAX_BYTES = 500 * 1024;
  private static final String ROBOTS_TOKEN = "vigie";

  private record CachedRobots(RobotsTxt robots, Instant expires) {}

  private final FetchPolicy policy;
  private final InstantSource clock;
  private final Sleeper sleeper;
  private final HttpClient client;
  private final AddressGuard guard;
  private final HostGate gate;
  private final Map<String, CachedRobots> robots = new ConcurrentHashMap<>();
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "vigie-fetch-deadline");
    thread.setDaemon(true);
    return thread;
  });

  public HttpFetcher(FetchPolicy policy, InstantSource clock, Sleeper sleeper) {
    this.policy = policy;
    this.clock = clock;
    this.sleeper = sleeper;
    this.client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(policy.connectTimeout())
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.guard = new AddressGuard(policy.allowPrivateNetwork());
    this.gate = new HostGate(clock, sleeper, 1);
  }

  public FetchPolicy policy() {
    return policy;
  }

  /** Fetches without validators. */
  public FetchResult fetch(URI url) throws InterruptedException {
    return fetch(url, Optional.empty(), Optional.empty());
  }

  /** Fetches; with an ETag or Last-Modified from the last fetch, a 304 gives {@link FetchResult.NotModified}. */
  public FetchResult fetch(URI url, Optional<String> etag, Optional<String> lastModified) throws InterruptedException {
    URI current = url.normalize();
    Set<URI> visited = new HashSet<>();
    for (int hop = 0; hop <= policy.maxRedirects(); hop++) {
      if (!visited.add(current)) {
        return failed(url, FailureCause.FETCH_FAILED, "redirect loop at " + current, 0, false);
      }
      Optional<String> refusal = guard.refusal(current);
      if (refusal.isPresent()) {
        return failed(url, FailureCause.DISALLOWED, refusal.get(), 0, true);
      }
      if (!robotsFor(current).allows(ROBOTS_TOKEN, pathAndQuery(current))) {
        return failed(url, FailureCause.DISALLOWED, "robots.txt of " + current.getHost() + " disallows " + current, 0,
            true);
      }
      Attempt attempt = withRetries(current, etag, lastModified, policy.maxBytes());
      if (attempt.failure().isPresent()) {
        FetchResult.Failed failure = attempt.failure().get();
        return failed(url, failure.cause(), failure.message(), failure.status(), false);
      }
      int status = attempt.status();
      if (status == 304) {
        return new FetchResult.NotModified(url);
      }
      if (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) {
        Optional<String> location = attempt.headers().firstValue("Location");
        if (location.isEmpty()) {
          return failed(url, FailureCause.FETCH_FAILED, "HTTP " + status + " without a Location header", status, false);
        }
        try {
          current = current.resolve(location.get().strip().replace(" ", "%20")).normalize();
        } catch (IllegalArgumentException e) {
          return failed(url, FailureCause.FETCH_FAILED, "HTTP " + status + " to an invalid Location: " + location.get(),
              status, false);
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        return failed(url, FailureCause.FETCH_FAILED, "HTTP " + status + " from " + current, status, false);
      }
      String contentType = attempt.headers().firstValue("Content-Type").orElse("application/octet-stream");
      String mediaType = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
      Optional<String> charset = charsetOf(contentType);
      List<HttpHeader> headers = new ArrayList<>();
      attempt.headers().map().forEach((name, values) -> values.forEach(v -> headers.add(new HttpHeader(name, v))));
      RawDocument document = new RawDocument(url, Optional.of(current), Optional.ofNullable(current.getHost()),
          clock.instant(), headers, mediaType, charset, attempt.body());
      return new FetchResult.Fetched(url, current, document, attempt.headers().firstValue("ETag"),
          attempt.headers().firstValue("Last-Modified"));
    }
    return failed(url, FailureCause.FETCH_FAILED, "more than " + policy.maxRedirects() + " redirects", 0, false);
  }

  private record Attempt(int status, HttpHeaders headers, byte[] body, Optional<FetchResult.Failed> failure) {}

  private Attempt withRetries(URI url, Optional<String> etag, Optional<String> lastModified, long maxBytes)
      throws InterruptedException {
    Duration backoff = policy.backoff();
    Attempt attempt = null;
    for (int round = 0; round <= policy.retries(); round++) {
      if (round > 0) {
        Duration wait = retryAfter(attempt).orElse(backoff);
        sleeper.sleep(wait);
        backoff = backoff.multipliedBy(2);
      }
      attempt = once(url, etag, lastModified, maxBytes);
      boolean transientFailure = attempt.failure().map(f -> f.cause() == FailureCause.FETCH_FAILED && f.status() == 0
          && !f.message().contains("over the")).orElse(false);
      int status = attempt.status();
      if (!transientFailure && !(status >= 500 && status != 501) && status != 429) {
        return attempt;
      }
    }
    return attempt;
  }

  private static Optional<Duration> retryAfter(Attempt attempt) {
    if (attempt == null || attempt.headers() == null) {
      return Optional.empty();
    }
    return attempt.headers().firstValue("Retry-After").flatMap(value -> {
      try {
        Duration wait = Duration.ofSeconds(Long.parseLong(value.strip()));
        return Optional.of(wait.compareTo(MAX_RETRY_AFTER) > 0 ? MAX_RETRY_AFTER : wait);
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    });
  }

  private Attempt once(URI url, Optional<String> etag, Optional<String> lastModified, long maxBytes)
      throws InterruptedException {
    String host = hostKey(url);
    gate.acquire(host);
    Duration delay = policy.hostDelay();
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(url)
          .timeout(policy.requestTimeout())
          .header("User-Agent", policy.userAgent())
          .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,application/rss+xml,"
              + "application/atom+xml,text/plain;q=0.8,*/*;q=0.5")
          .header("Accept-Encoding", "gzip, deflate")
          .GET();
      etag.ifPresent(v -> request.header("If-None-Match", v));
      lastModified.ifPresent(v -> request.header("If-Modified-Since", v));
      HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
      Optional<Duration> robotsDelay = robotsDelay(url);
      if (robotsDelay.isPresent() && robotsDelay.get().compareTo(delay) > 0) {
        delay = robotsDelay.get();
      }
      try (InputStream body = response.body()) {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > maxBytes) {
          return new Attempt(response.statusCode(), response.headers(), new byte[0], Optional.of(tooLarge(url, maxBytes)));
        }
        Optional<byte[]> bytes = readBounded(decoded(body, response.headers()), maxBytes);
        if (bytes.isEmpty()) {
          return new Attempt(response.statusCode(), response.headers(), new byte[0], Optional.of(tooLarge(url, maxBytes)));
        }
        return new Attempt(response.statusCode(), response.headers(), bytes.get(), Optional.empty());
      }
    } catch (HttpTimeoutException e) {
      return networkFailure(url, "timed out after " + policy.requestTimeout().toSeconds() + " s");
    } catch (IOException e) {
      return networkFailure(url, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    } catch (IllegalArgumentException e) {
      return networkFailure(url, "invalid request: " + e.getMessage());
    } finally {
      gate.release(host, delay);
    }
  }

  private static Attempt networkFailure(URI url, String message) {
    return new Attempt(0, null, new byte[0],
        Optional.of(new FetchResult.Failed(url, FailureCause.FETCH_FAILED, "cannot fetch " + url + ": " + message, 0, false)));
  }

  private FetchResult.Failed tooLarge(URI url, long maxBytes) {
    return new FetchResult.Failed(url, FailureCause.TOO_LARGE,
        "the response from " + url + " is over the " + maxBytes + "-byte limit", 0, false);
  }

  private static InputStream decoded(InputStream body, HttpHeaders headers) throws IOException {
    String encoding = headers.firstValue("Content-Encoding").orElse("").strip().toLowerCase(Locale.ROOT);
    return switch (encoding) {
      case "gzip", "x-gzip" -> new GZIPInputStream(body, 1 << 16);
      case "deflate" -> new InflaterInputStream(body);
      default -> body;
    };
  }

  /** Reads at most {@code max} bytes before the deadline; empty when there are more. */
  private Optional<byte[]> readBounded(InputStream in, long max) throws IOException {
    ScheduledFuture<?> deadline = watchdog.schedule(() -> {
      try {
        in.close();
      } catch (IOException e) {
        // Closing only unblocks the reader; its failure is reported there.
      }
    }, policy.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[1 << 16];
      long total = 0;
      int n;
      while ((n = in.read(buffer)) > 0) {
        total += n;
        if (total > max) {
          return Optional.empty();
        }
        out.write(buffer, 0, n);
      }
      return Optional.of(out.toByteArray());
    } catch (IOException e) {
      if (deadline.isDone()) {
        throw new HttpTimeoutException("the body did not arrive within " + policy.requestTimeout().toSeconds() + " s");
      }
      throw e;
    } finally {
      deadline.cancel(false);
    }
  }

  private RobotsTxt robotsFor(URI url) throws InterruptedException {
    String key = hostKey(url);
    CachedRobots cached = robots.get(key);
    Instant now = clock.instant();
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.robots();
    }
    URI robotsUrl = URI.create(url.getScheme() + "://" + url.getRawAuthority() + "/robots.txt");
    Attempt attempt = withRetries(robotsUrl, Optional.empty(), Optional.empty(), ROBOTS_MAX_BYTES);
    RobotsTxt parsed;
    Duration ttl = ROBOTS_TTL;
    if (attempt.failure().isPresent() && attempt.failure().get().cause() == FailureCause.TOO_LARGE) {
      parsed = RobotsTxt.allowAll();
    } else if (attempt.failure().isPresent() || attempt.status() >= 500 || attempt.status() == 429) {
      parsed = RobotsTxt.disallowAll();
      ttl = ROBOTS_ERROR_TTL;
    } else if (attempt.status() >= 400) {
      parsed = RobotsTxt.allowAll();
    } else if (attempt.status() >= 300) {
      // A redirected robots.txt is rarely worth following for news sites; treat as absent.
      parsed = RobotsTxt.allowAll();
    } else {
      parsed = RobotsTxt.parse(new String(attempt.body(), StandardCharsets.UTF_8));
    }
    robots.put(key, new CachedRobots(parsed, now.plus(ttl)));
    return parsed;
  }

  private Optional<Duration> robotsDelay(URI url) {
    CachedRobots cached = robots.get(hostKey(url));
    return cached == null ? Optional.empty() : cached.robots().crawlDelay(ROBOTS_TOKEN);
  }

  private static String hostKey(URI url) {
    return (url.getScheme() + "://" + url.getRawAuthority()).toLowerCase(Locale.ROOT);
  }

  private static String pathAndQuery(URI url) {
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
  }

  static Optional<String> charsetOf(String contentType) {
    for (String parameter : contentType.split(";")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
        String value = pair[1].strip().replace("\"", "");
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
      }
    }
    return Optional.empty();
  }

  private static FetchResult.Failed failed(URI url, FailureCause cause, String message, int status, boolean disallowed) {
    return new FetchResult.Failed(url, cause, message, status, disallowed);
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
    client.shutdownNow();
  }
}
