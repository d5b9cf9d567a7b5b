package org.vigie.store;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vigie.model.Article;

/**
 * Stories as the index holds them: every article carries its story's id (field and facet {@code
 * story}), so a story's size, outlets, languages and dates are a search away, and the stories of a
 * country, an entity or a period are the story facet of their articles. Read-only: it works on a
 * store opened for reading beside a running ingest.
 */
public final class StoryListing {
  /** The most outlets and languages a summary lists. */
  static final int FACET_VALUES = 100;
  /** How many of the newest matching articles are read, at most, for the stories updated last. */
  private static final int LATEST_SCAN = 5_000;
  private static final int SCAN_PAGE = 500;

  /** Which stories first. */
  public enum Order {
    /** Most matching articles first. */
    SIZE,
    /** Latest matching article first. */
    LATEST
  }

  /**
   * Which stories: those with at least one article that matches all the parts given.
   *
   * @param country an ISO 3166-1 alpha-2 code the article is about
   * @param entity an entity id it names
   * @param since published at or after this moment
   * @param query more of the search syntax ({@code lang:fr}, words), or empty
   */
  public record Filter(Optional<String> country, Optional<String> entity, Optional<Instant> since, String query) {
    private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");
    private static final Pattern AGO = Pattern.compile("(\\d{1,6})\\s*([mhdw])");

    public static final Filter ALL = new Filter(Optional.empty(), Optional.empty(), Optional.empty(), "");

    public Filter {
      Objects.requireNonNull(country, "country");
      Objects.requireNonNull(entity, "entity");
      Objects.requireNonNull(since, "since");
      Objects.requireNonNull(query, "query");
      if (country.isPresent() && !COUNTRY.matcher(country.get()).matches()) {
        throw new IllegalArgumentException("\"" + country.get() + "\" is not a country code; use two letters"
            + " (ISO 3166-1), such as LY");
      }
      country = country.map(c -> c.toUpperCase(Locale.ROOT));
    }

    /**
     * A moment written as a date ({@code 2020-07-01}, UTC midnight), a date and time with its
     * offset, or a time ago: {@code 30m}, {@code 24h}, {@code 7d}, {@code 2w}.
     */
    public static Instant since(String text, InstantSource clock) {
      String value = text.strip().toLowerCase(Locale.ROOT);
      Matcher ago = AGO.matcher(value);
      if (ago.matches()) {
        long amount = Long.parseLong(ago.group(1));
        Duration duration = switch (ago.group(2)) {
          case "m" -> Duration.ofMinutes(amount);
          case "h" -> Duration.ofHours(amount);
          case "d" -> Duration.ofDays(amount);
          default -> Duration.ofDays(7 * amount);
        };
        return clock.instant().minus(duration);
      }
      try {
        return value.contains("t") ? OffsetDateTime.parse(text.strip()).toInstant()
            : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("\"" + text + "\" is not a moment; write a date (2020-07-01), a date and"
            + " time (2020-07-01T12:00:00Z) or a time ago (30m, 24h, 7d, 2w)");
      }
    }

    /** The filter in the search syntax. */
    String toQuery() {
      List<String> parts = new ArrayList<>();
      if (!query.isBlank()) {
        parts.add("(" + query.strip() + ")");
      }
      country.ifPresent(c -> parts.add("country:" + c));
      entity.ifPresent(e -> parts.add("entity:" + quoted(e)));
      since.ifPresent(s -> parts.add("after:" + quoted(s.toString())));
      return String.join(" ", parts);
    }
  }

  private final ArticleStore store;

  public StoryListing(ArticleStore store) {
    this.store = store;
  }

  /**
   * The stories with articles that match the filter, in that order, with their whole size, outlets
   * and dates (not only the matching articles'). A query that does not parse throws {@link
   * InvalidQueryException}.
   */
  public List<StorySummary> list(Filter filter, Order order, int limit) throws IOException {
    Set<String> ids = order == Order.SIZE ? biggest(filter, limit) : latest(filter, limit);
    List<StorySummary> stories = new ArrayList<>();
    for (String id : ids) {
      summary(id).ifPresent(stories::add);
    }
    return stories;
  }

  private Set<String> biggest(Filter filter, int limit) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (FacetCount story : store.search(new SearchRequest(filter.toQuery(), SearchSort.NEWEST, 0, 0, limit))
        .facets().stories()) {
      ids.add(story.value());
    }
    return ids;
  }

  /** The stories of the newest matching articles, in the order their newest article comes. */
  private Set<String> latest(Filter filter, int limit) throws IOException {
    Set<String> ids = new LinkedHashSet<>();
    for (int offset = 0; offset < LATEST_SCAN && ids.size() < limit; offset += SCAN_PAGE) {
      SearchResults page = store.search(new SearchRequest(filter.toQuery(), SearchSort.NEWEST, offset, SCAN_PAGE, 0));
      for (SearchHit hit : page.hits()) {
        hit.article().grouping().story().ifPresent(ids::add);
        if (ids.size() == limit) {
          break;
        }
      }
      if (offset + SCAN_PAGE >= page.total()) {
        break;
      }
    }
    return ids;
  }

  /** One story's summary; empty when no stored article carries that id. */
  public Optional<StorySummary> summary(String id) throws IOException {
    return timeline(id, 0, 0).map(StoryTimeline::summary);
  }

  /** A page of a story's articles in publication order, with its summary; empty for an unknown story. */
  public Optional<StoryTimeline> timeline(String id, int offset, int limit) throws IOException {
    String query = "story:" + quoted(id);
    SearchResults oldest = store.search(new SearchRequest(query, SearchSort.OLDEST, 0, 1, FACET_VALUES));
    if (oldest.total() == 0 || oldest.hits().isEmpty()) {
      return Optional.empty();
    }
    Article first = oldest.hits().getFirst().article();
    SearchResults newest = store.search(SearchRequest.of(query, SearchSort.NEWEST, 1));
    Optional<String> lastSeen = newest.hits().stream().findFirst().flatMap(h -> h.article().published())
        .or(first::published).map(p -> p.value());
    StorySummary summary = new StorySummary(id, first.title(), oldest.total(), oldest.facets().outlets(),
        oldest.facets().languages(), first.published().map(p -> p.value()), lastSeen);
    List<SearchHit> hits = limit == 0 ? List.of()
        : store.search(new SearchRequest(query, SearchSort.OLDEST, offset, limit, 0)).hits();
    return Optional.of(new StoryTimeline(summary, offset, hits, oldest.facets().days()));
  }

  /** A value as a query term: quoted, so that ids with ':' or spaces stay one value. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
