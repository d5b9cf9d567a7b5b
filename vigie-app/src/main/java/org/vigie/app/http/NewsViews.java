package org.vigie.app.http;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Quote;
import org.vigie.model.Role;
import org.vigie.store.ArticleStore;
import org.vigie.store.FacetCount;
import org.vigie.store.Facets;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.SearchHit;
import org.vigie.store.SearchRequest;
import org.vigie.store.SearchResults;
import org.vigie.store.SearchSort;
import org.vigie.store.StoryListing;
import org.vigie.store.StorySummary;
import org.vigie.store.StoryTimeline;

/**
 * What the API, the pages and the feeds show about a country, an entity, a story or the news of
 * the day, gathered from the index in a few searches. The same views feed JSON, HTML and Atom, so
 * that they never disagree.
 */
final class NewsViews {
  static final int LATEST = 20;
  static final int FACETS = 10;
  /** How many of an entity's articles are read for its roles and quotes (newest first). */
  private static final int READ_FOR_FACTS = 200;
  private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Za-z]{2}");

  private final ArticleStore store;
  private final StoryListing listing;
  private final InstantSource clock;

  NewsViews(ArticleStore store, InstantSource clock) {
    this.store = store;
    this.listing = new StoryListing(store);
    this.clock = clock;
  }

  ArticleStore store() {
    return store;
  }

  InstantSource clock() {
    return clock;
  }

  /** The news of the last 24 hours, or of the last day that has news when these 24 hours have none. */
  record HomeView(Instant since, boolean recent, SearchResults latest, List<StorySummary> stories) {}

  record CountryView(String code, SearchResults latest, List<StorySummary> stories) {}

  /** A role as texts give it, with how many articles give it. */
  record RoleCount(String text, Optional<String> country, long articles) {}

  /** A quote, with the article it is from. */
  record QuoteSeen(Quote quote, Article article) {}

  record EntityView(String id, String name, EntityType type, List<String> variants, List<RoleCount> roles,
      List<QuoteSeen> quotes, SearchResults latest) {}

  HomeView home() throws IOException {
    Instant now = clock.instant();
    Instant since = now.minus(Duration.ofDays(1));
    SearchResults latest = store.search(new SearchRequest("after:" + NewsViews.quoted(since.toString()),
        SearchSort.NEWEST, 0, LATEST, FACETS));
    boolean recent = latest.total() > 0;
    if (!recent) {
      // No news in the last day (an archive, a stopped watcher): show the last day that had some.
      SearchResults newest = store.search(SearchRequest.of("", SearchSort.NEWEST, 1));
      Optional<LocalDate> lastDay = newest.hits().stream().findFirst()
          .flatMap(h -> h.article().published()).filter(p -> p.value().length() >= 10)
          .map(p -> LocalDate.parse(p.value().substring(0, 10)));
      if (lastDay.isPresent()) {
        since = lastDay.get().atStartOfDay(ZoneOffset.UTC).toInstant();
        latest = store.search(new SearchRequest("date:" + lastDay.get(), SearchSort.NEWEST, 0, LATEST, FACETS));
      } else {
        latest = store.search(new SearchRequest("", SearchSort.NEWEST, 0, LATEST, FACETS));
      }
    }
    return new HomeView(since, recent, latest, stories(latest.facets()));
  }

  /** The country of a code, or 404 for what is not a two-letter code. */
  static String countryCode(String text) {
    if (!COUNTRY_CODE.matcher(text).matches()) {
      throw ApiException.notFound("\"" + text + "\" is not a country code; use two letters (ISO 3166-1), such as LY");
    }
    return text.toUpperCase(Locale.ROOT);
  }

  CountryView country(String code, int limit) throws IOException {
    SearchResults latest = store.search(new SearchRequest("country:" + code, SearchSort.NEWEST, 0, limit, FACETS));
    return new CountryView(code, latest, stories(latest.facets()));
  }

  Optional<EntityView> entity(String id, int limit) throws IOException {
    String query = "entity:" + quoted(id);
    SearchResults latest = store.search(new SearchRequest(query, SearchSort.NEWEST, 0, limit, FACETS + 1));
    if (latest.total() == 0) {
      return Optional.empty();
    }
    SearchResults read = store.search(SearchRequest.of(query, SearchSort.NEWEST, READ_FOR_FACTS));
    Map<String, Long> names = new LinkedHashMap<>();
    List<String> variants = new ArrayList<>();
    EntityType type = EntityType.MISC;
    Map<String, RoleCount> roles = new LinkedHashMap<>();
    List<QuoteSeen> quotes = new ArrayList<>();
    for (SearchHit hit : read.hits()) {
      Article article = hit.article();
      for (Entity entity : article.annotations().entities()) {
        if (!entity.id().equals(id)) {
          continue;
        }
        names.merge(entity.name(), 1L, Long::sum);
        type = entity.type();
        entity.variants().stream().filter(v -> !variants.contains(v)).forEach(variants::add);
        for (Role role : entity.roles()) {
          String key = role.text().toLowerCase(Locale.ROOT);
          RoleCount seen = roles.get(key);
          roles.put(key, new RoleCount(seen == null ? role.text() : seen.text(),
              seen == null ? role.country() : seen.country(), seen == null ? 1 : seen.articles() + 1));
        }
      }
      for (Quote quote : article.annotations().quotes()) {
        if (quote.speaker().filter(id::equals).isPresent()) {
          quotes.add(new QuoteSeen(quote, article));
        }
      }
    }
    String name = names.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(id);
    variants.remove(name);
    List<RoleCount> sortedRoles = roles.values().stream()
        .sorted(Comparator.comparingLong(RoleCount::articles).reversed()).toList();
    // Co-mentions: the facets of the entity's articles, without the entity itself.
    Facets facets = latest.facets();
    Facets others = new Facets(facets.countries(), without(facets.persons(), id), without(facets.organisations(), id),
        facets.places(), facets.outlets(), facets.languages(), facets.stories(), facets.days(), facets.events());
    SearchResults withoutSelf = new SearchResults(latest.total(), latest.hits(), others);
    return Optional.of(new EntityView(id, name, type, variants, sortedRoles, quotes.stream().limit(50).toList(),
        withoutSelf));
  }

  private static List<FacetCount> without(List<FacetCount> counts, String id) {
    return counts.stream().filter(c -> !c.value().equals(id)).limit(FACETS).toList();
  }

  /** A page of a story's articles in publication order, with its summary; empty for an unknown story. */
  Optional<StoryTimeline> story(String id, int offset, int limit) throws IOException {
    return listing.timeline(id, offset, limit);
  }

  /** The stories with an article that matches the filter; a query that does not parse is a 400. */
  List<StorySummary> stories(StoryListing.Filter filter, StoryListing.Order order, int limit) throws IOException {
    try {
      return listing.list(filter, order, limit);
    } catch (InvalidQueryException e) {
      throw ApiException.badRequest(e.getMessage());
    }
  }

  /** The stories of a facet, most articles first. */
  private List<StorySummary> stories(Facets facets) throws IOException {
    List<StorySummary> stories = new ArrayList<>();
    for (FacetCount story : facets.stories()) {
      listing.summary(story.value()).ifPresent(stories::add);
    }
    return stories;
  }

  /** A value as a query term: quoted, so that ids with ':' or spaces stay one value. */
  static String quoted(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
