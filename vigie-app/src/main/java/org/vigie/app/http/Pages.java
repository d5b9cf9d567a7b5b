package org.vigie.app.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.model.Article;
import org.vigie.model.Caption;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.SpanTarget;
import org.vigie.store.FacetCount;
import org.vigie.store.SearchHit;
import org.vigie.store.SearchRequest;
import org.vigie.store.SearchResults;
import org.vigie.store.SearchSort;
import org.vigie.store.StoryListing;
import org.vigie.store.StorySummary;
import org.vigie.store.StoryTimeline;

/**
 * The web pages, rendered on the server in French or English: home, search, country, entity,
 * stories, story, article and map. Every value reaches the markup through {@link Html#t}, which escapes it;
 * pages carry no script and no inline style (the server's Content-Security-Policy forbids both).
 */
final class Pages {
  private static final String LANGUAGE_COOKIE = "hl";
  /** How many of an entity's events its page lists. */
  private static final int LATEST_EVENTS = 10;

  private final NewsViews views;

  Pages(NewsViews views) {
    this.views = views;
  }

  /** What every page knows of its request: the words to use and how to switch language. */
  private record Context(Messages words, ApiServer.Request request) {
    /** The same address with {@code hl} set to the other language. */
    String switchLink() {
      StringBuilder query = new StringBuilder();
      for (String pair : request.rawQuery().split("&")) {
        if (!pair.isEmpty() && !pair.startsWith("hl=")) {
          query.append(query.isEmpty() ? "" : "&").append(pair);
        }
      }
      query.append(query.isEmpty() ? "" : "&").append("hl=").append(words.other());
      return Html.segmentPath(request.path()) + "?" + query;
    }
  }

  Response answer(ApiServer.Request request) throws IOException {
    Optional<String> asked = request.parameters().get("hl").filter(h -> Messages.byCode(h).isPresent());
    Messages words = Messages.choose(asked, cookie(request.cookie()), request.acceptLanguage());
    Context context = new Context(words, request);
    String path = request.path();
    Html.Safe page;
    if (path.equals("/")) {
      page = home(context);
    } else if (path.equals("/search")) {
      page = search(context);
    } else if (path.equals("/map")) {
      page = map(context);
    } else if (path.equals("/stories")) {
      page = stories(context);
    } else if (path.startsWith("/country/") && segment(path, "/country/").isPresent()) {
      page = country(context, NewsViews.countryCode(segment(path, "/country/").get()));
    } else if (path.startsWith("/entity/") && segment(path, "/entity/").isPresent()) {
      page = entity(context, segment(path, "/entity/").get());
    } else if (path.startsWith("/story/") && segment(path, "/story/").isPresent()) {
      page = story(context, segment(path, "/story/").get());
    } else if (path.startsWith("/article/") && segment(path, "/article/").isPresent()) {
      page = article(context, segment(path, "/article/").get());
    } else {
      throw ApiException.notFound(words.notFound() + ": " + path);
    }
    Response response = Response.html(200, page).withHeader("Content-Language", words.code())
        .withHeader("Vary", "Accept-Language, Cookie");
    if (asked.isPresent()) {
      // The switch is remembered without script: a cookie the next pages read.
      response = response.withHeader("Set-Cookie", LANGUAGE_COOKIE + "=" + words.code()
          + "; Path=/; Max-Age=31536000; SameSite=Lax; HttpOnly");
    }
    return response;
  }

  /** An error as a page, in the reader's language. */
  Response error(int status, String message, String acceptLanguage) {
    Messages words = Messages.choose(Optional.empty(), Optional.empty(), Optional.ofNullable(acceptLanguage));
    ApiServer.Request none = new ApiServer.Request("GET", "/", QueryParameters.parse(""), Optional.empty(),
        Optional.ofNullable(acceptLanguage), Optional.empty(), Optional.empty(), new byte[0], "");
    String title = status == 404 ? words.notFound() : words.error() + " " + status;
    return Response.html(status, layout(new Context(words, none), title, Html.t("<h1>{}</h1><p>{}</p>", title, message),
        Optional.empty()));
  }

  private static Optional<String> cookie(Optional<String> header) {
    if (header.isEmpty()) {
      return Optional.empty();
    }
    for (String part : header.get().split(";")) {
      String[] pair = part.strip().split("=", 2);
      if (pair.length == 2 && pair[0].equals(LANGUAGE_COOKIE)) {
        return Optional.of(pair[1]);
      }
    }
    return Optional.empty();
  }

  private static Optional<String> segment(String path, String prefix) {
    String rest = path.substring(prefix.length());
    return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
  }

  // ------------------------------------------------------------------ layout

  private static Html.Safe layout(Context context, String title, Html.Safe main, Optional<String> feed) {
    Messages words = context.words();
    Html.Safe feedLink = feed.map(f -> Html.t("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{}\""
        + " href=\"{}\">", words.feed(), f)).orElse(Html.Safe.EMPTY);
    String query = context.request().path().equals("/search") ? context.request().parameters().get("q").orElse("") : "";
    return Html.t("""
        <!doctype html>
        <html lang="{}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{} · Vigie</title>
        <link rel="stylesheet" href="/static/vigie.css">
        {}
        </head>
        <body>
        <a class="skip" href="#main">{}</a>
        <header class="top">
        <a class="brand" href="/">Vigie</a>
        <form class="search" role="search" action="/search" method="get">
        <label for="q" class="visually-hidden">{}</label>
        <input id="q" name="q" type="search" value="{}" placeholder="{}">
        <button type="submit">{}</button>
        </form>
        <nav aria-label="Vigie">
        <a href="/">{}</a> <a href="/stories">{}</a> <a href="/map">{}</a> <a href="{}" hreflang="{}" lang="{}">{}</a>
        </nav>
        </header>
        <main id="main" tabindex="-1">
        {}
        </main>
        <footer><p>{}</p></footer>
        </body>
        </html>
        """, words.code(), title, feedLink, words.skip(), words.searchLabel(), query, "country:LY person:\"…\"",
        words.searchButton(), words.home(), words.stories(), words.map(), context.switchLink(), words.other(), words.other(),
        words.otherName(), main, words.tagline());
  }

  // ------------------------------------------------------------------ pieces

  private static Html.Safe hitList(List<SearchHit> hits, Messages words) {
    if (hits.isEmpty()) {
      return Html.t("<p class=\"empty\">{}</p>", words.noArticles());
    }
    List<Html.Safe> items = new ArrayList<>();
    for (SearchHit hit : hits) {
      Article article = hit.article();
      // The article's own language on its words, so that screen readers pronounce them right.
      String lang = article.language().filter(l -> l.matches("[a-z]{2,3}")).orElse("");
      items.add(Html.t("<li class=\"hit\"><h3 lang=\"{}\"><a href=\"/article/{}\">{}</a></h3><p class=\"meta\">{}</p>"
              + "<p class=\"snippet\" lang=\"{}\">{}</p></li>",
          lang, Html.segment(article.id()), article.title(), meta(article, words), lang, Html.snippet(hit.snippet())));
    }
    return Html.t("<ol class=\"hits\">{}</ol>", Html.join(items));
  }

  private static Html.Safe meta(Article article, Messages words) {
    List<Html.Safe> parts = new ArrayList<>();
    article.published().ifPresent(p -> parts.add(Html.t("<time datetime=\"{}\">{}</time>{}",
        p.value().length() >= 10 ? p.value().substring(0, 10) : p.value(), p.value().replace('T', ' '),
        p.inferred() ? Html.t(" ({})", words.inferred()) : Html.Safe.EMPTY)));
    Optional.ofNullable(outlet(article)).ifPresent(o -> parts.add(Html.t("<span class=\"outlet\">{}</span>", o)));
    article.language().ifPresent(l -> parts.add(Html.t("<span lang=\"{}\">{}</span>", l, words.languageName(l))));
    List<Html.Safe> joined = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        joined.add(Html.t(" · "));
      }
      joined.add(parts.get(i));
    }
    return Html.join(joined);
  }

  private static String outlet(Article article) {
    return article.outlet().orElse(null);
  }

  /** A facet as a list of links; {@code link} makes each value's address. */
  private static Html.Safe facet(String heading, List<FacetCount> counts, Function<FacetCount, String> label,
      Function<FacetCount, String> link, String id) {
    if (counts.isEmpty()) {
      return Html.Safe.EMPTY;
    }
    List<Html.Safe> items = new ArrayList<>();
    for (FacetCount count : counts) {
      items.add(Html.t("<li><a href=\"{}\">{}</a> <span class=\"count\">{}</span></li>", link.apply(count),
          label.apply(count), count.count()));
    }
    return Html.t("<section class=\"facet\" aria-labelledby=\"{}\"><h2 id=\"{}\">{}</h2><ul>{}</ul></section>", id, id,
        heading, Html.join(items));
  }

  private static String entityLink(FacetCount count) {
    return "/entity/" + Html.segment(count.value());
  }

  private static String countryLink(FacetCount count) {
    return "/country/" + Html.segment(count.value());
  }

  private static Html.Safe storyList(List<StorySummary> stories, Messages words) {
    if (stories.isEmpty()) {
      return Html.Safe.EMPTY;
    }
    List<Html.Safe> items = new ArrayList<>();
    for (StorySummary story : stories) {
      items.add(Html.t("<li><a href=\"/story/{}\">{}</a> <span class=\"count\">{} {}</span></li>",
          Html.segment(story.id()), story.title(), story.articles(), words.articlesCount()));
    }
    return Html.t("<section aria-labelledby=\"stories\"><h2 id=\"stories\">{}</h2><ul class=\"stories\">{}</ul>"
        + "<p><a href=\"/stories\">{}</a></p></section>", words.latestStories(), Html.join(items), words.allStories());
  }

  /** "3 articles · 2 outlets · French, English · 2020-07-03 → 2020-07-05": what a story is, in one line. */
  private static Html.Safe storyFacts(StorySummary story, Messages words) {
    List<String> languages = story.languages().stream().map(c -> words.languageName(c.value())).toList();
    String first = story.firstSeen().orElse("—");
    String last = story.lastSeen().orElse("—");
    // The dates' meaning is written out for screen readers; sighted readers see the arrow.
    int outlets = story.outlets().size();
    return Html.t("{} {}{}{} · <span class=\"seen\"><span class=\"visually-hidden\">{} – {}{}</span>{}</span>",
        story.articles(), story.articles() == 1 ? words.oneArticle() : words.articlesCount(),
        outlets == 0 ? Html.Safe.EMPTY : Html.t(" · {} {}", outlets,
            outlets == 1 ? words.oneOutlet() : words.outlets().toLowerCase(words.locale())),
        languages.isEmpty() ? Html.Safe.EMPTY : Html.t(" · {}", String.join(", ", languages)),
        words.firstSeen(), words.lastSeen(), words.colon(), first.equals(last) ? first : first + " → " + last);
  }

  // ------------------------------------------------------------------ pages

  private Html.Safe home(Context context) throws IOException {
    Messages words = context.words();
    NewsViews.HomeView home = views.home();
    var facets = home.latest().facets();
    String heading = home.recent() ? words.latestNews() : words.lastDayWithNews() + " — "
        + home.since().toString().substring(0, 10);
    Html.Safe main = Html.t("<h1>{}</h1><p class=\"lead\">{} · {} {}</p><div class=\"columns\"><div class=\"primary\">{}"
            + "<section aria-labelledby=\"latest\"><h2 id=\"latest\">{}</h2>{}</section></div><aside class=\"side\">{}{}{}</aside></div>",
        heading, words.tagline(), home.latest().total(), words.articlesCount(), storyList(home.stories(), words),
        words.articles(), hitList(home.latest().hits(), words),
        facet(words.countriesInTheNews(), facets.countries(), c -> words.countryName(c.value()), Pages::countryLink,
            "f-countries"),
        facet(words.peopleInTheNews(), facets.persons(), FacetCount::label, Pages::entityLink, "f-persons"),
        facet(words.organisationsInTheNews(), facets.organisations(), FacetCount::label, Pages::entityLink,
            "f-organisations"));
    return layout(context, "Vigie", main, Optional.of("/feeds/search.atom?q="));
  }

  private Html.Safe search(Context context) throws IOException {
    Messages words = context.words();
    QueryParameters parameters = context.request().parameters();
    String query = parameters.get("q").orElse("").strip();
    SearchSort sort = JsonApi.sort(parameters);
    int offset = JsonApi.offset(parameters);
    int limit = JsonApi.limit(parameters);
    SearchResults results;
    Html.Safe problem = Html.Safe.EMPTY;
    try {
      results = JsonApi.search(views, new SearchRequest(query, sort, offset, limit, NewsViews.FACETS));
    } catch (ApiException e) {
      // A query that does not parse: the page says why and keeps the query in the box to be corrected.
      results = new SearchResults(0, List.of());
      problem = Html.t("<p class=\"problem\" role=\"alert\">{}</p>", e.getMessage());
    }
    var facets = results.facets();
    Function<String, Function<FacetCount, String>> refine = filter -> count -> "/search?q="
        + Html.param((query.isEmpty() ? "" : query + " ") + filter + ":" + NewsViews.quoted(count.value()));
    Html.Safe sortLinks = Html.t("<p class=\"sort\">{}<a href=\"/search?q={}\"{}>{}</a> · <a href=\"/search?q={}&amp;sort=date\"{}>{}</a></p>",
        words.sortBy() + words.colon(), Html.param(query), sort == SearchSort.RELEVANCE ? Html.t(" aria-current=\"true\"") : Html.Safe.EMPTY,
        words.sortRelevance(), Html.param(query), sort != SearchSort.RELEVANCE ? Html.t(" aria-current=\"true\"") : Html.Safe.EMPTY,
        words.sortNewest());
    List<Html.Safe> pager = new ArrayList<>();
    String sortParam = sort == SearchSort.RELEVANCE ? "" : "&sort=date";
    if (offset > 0) {
      pager.add(Html.t("<a rel=\"prev\" href=\"/search?q={}{}&amp;offset={}\">{}</a>", Html.param(query),
          sortParam.isEmpty() ? Html.Safe.EMPTY : Html.t("&amp;sort=date"), Math.max(0, offset - limit), words.previous()));
    }
    if (offset + limit < results.total() && offset + limit <= SearchRequest.MAX_OFFSET) {
      pager.add(Html.t("<a rel=\"next\" href=\"/search?q={}{}&amp;offset={}\">{}</a>", Html.param(query),
          sortParam.isEmpty() ? Html.Safe.EMPTY : Html.t("&amp;sort=date"), offset + limit, words.next()));
    }
    Html.Safe main = Html.t("<h1>{}{}</h1>{}<p class=\"total\" role=\"status\">{} {} · <a href=\"/feeds/search.atom?q={}\">{}</a>"
            + " · <a href=\"/map?q={}\">{}</a></p>{}"
            + "<div class=\"columns\"><div class=\"primary\">{}<nav class=\"pager\" aria-label=\"{}\">{}</nav></div>"
            + "<aside class=\"side facets\">{}{}{}{}{}{}{}<section aria-labelledby=\"f-days\"><h2 id=\"f-days\">{}</h2>{}</section></aside></div>",
        words.search(), query.isEmpty() ? Html.Safe.EMPTY : Html.t("{}{}", words.colon(), query), problem, results.total(),
        words.results(),
        Html.param(query), words.feed(), Html.param(query), words.map(), sortLinks, hitList(results.hits(), words), words.page(), Html.join(pager),
        facet(words.countries(), facets.countries(), c -> words.countryName(c.value()), refine.apply("country"), "f-countries"),
        facet(words.persons(), facets.persons(), FacetCount::label, refine.apply("entity"), "f-persons"),
        facet(words.organisations(), facets.organisations(), FacetCount::label, refine.apply("entity"), "f-organisations"),
        facet(words.outlets(), facets.outlets(), FacetCount::label, refine.apply("source"), "f-outlets"),
        facet(words.languages(), facets.languages(), c -> words.languageName(c.value()), refine.apply("lang"), "f-languages"),
        facet(words.places(), facets.places(), FacetCount::label, c -> "/search?q=" + Html.param(
            (query.isEmpty() ? "" : query + " ") + "place:" + NewsViews.quoted(c.label())), "f-places"),
        facet(words.events(), facets.events(), FacetCount::label, refine.apply("event"), "f-events"),
        words.timeline(), Timeline.svg(facets.days(), words));
    return layout(context, query.isEmpty() ? words.search() : query + " — " + words.search(), main,
        Optional.of("/feeds/search.atom?q=" + Html.param(query)));
  }

  private Html.Safe country(Context context, String code) throws IOException {
    Messages words = context.words();
    NewsViews.CountryView view = views.country(code, NewsViews.LATEST);
    var facets = view.latest().facets();
    String name = words.countryName(code);
    String feed = "/feeds/country/" + code + ".atom";
    Html.Safe main = Html.t("<h1>{} — {}</h1><p class=\"total\">{} {} · <a href=\"{}\">{}</a> · <a href=\"/search?q={}\">{}</a></p>"
            + "<section aria-labelledby=\"f-days\"><h2 id=\"f-days\">{}</h2>{}</section>"
            + "<div class=\"columns\"><div class=\"primary\">{}<section aria-labelledby=\"latest\"><h2 id=\"latest\">{}</h2>{}</section></div>"
            + "<aside class=\"side\">{}{}{}</aside></div>",
        words.latestIn(), name, view.latest().total(), words.articlesCount(), feed, words.feed(),
        Html.param("country:" + code), words.search(), words.timeline(), Timeline.svg(facets.days(), words),
        storyList(view.stories(), words), words.articles(), hitList(view.latest().hits(), words),
        facet(words.persons(), facets.persons(), FacetCount::label, Pages::entityLink, "f-persons"),
        facet(words.organisations(), facets.organisations(), FacetCount::label, Pages::entityLink, "f-organisations"),
        facet(words.outlets(), facets.outlets(), FacetCount::label,
            c -> "/search?q=" + Html.param("country:" + code + " source:" + NewsViews.quoted(c.value())), "f-outlets"));
    return layout(context, words.latestIn() + " — " + name, main, Optional.of(feed));
  }

  private Html.Safe entity(Context context, String id) throws IOException {
    Messages words = context.words();
    NewsViews.EntityView view = views.entity(id, NewsViews.LATEST)
        .orElseThrow(() -> ApiException.notFound(words.notFound() + ": " + id));
    var facets = view.latest().facets();
    List<Html.Safe> roles = new ArrayList<>();
    for (NewsViews.RoleCount role : view.roles()) {
      roles.add(Html.t("<li>{}{} <span class=\"count\">{}</span></li>", role.text(),
          role.country().map(c -> Html.t(" ({})", words.countryName(c))).orElse(Html.Safe.EMPTY), role.articles()));
    }
    List<Html.Safe> quotes = new ArrayList<>();
    for (NewsViews.QuoteSeen seen : view.quotes()) {
      quotes.add(Html.t("<li><blockquote>{}</blockquote><p class=\"meta\">{} <a href=\"/article/{}\">{}</a></p></li>",
          seen.quote().text(), seen.quote().cue().orElse(""), Html.segment(seen.article().id()), seen.article().title()));
    }
    // The events come from the latest articles the page shows anyway: no other query.
    List<Html.Safe> events = new ArrayList<>();
    for (SearchHit hit : view.latest().hits()) {
      ArticleMarkup markup = new ArticleMarkup(hit.article(), words);
      for (Event event : hit.article().annotations().events()) {
        if (events.size() < LATEST_EVENTS && (event.actors().contains(id) || event.target().filter(id::equals).isPresent())) {
          events.add(eventItem(event, markup, words, Html.t(" — <a class=\"event-article\" href=\"/article/{}\">{}</a>",
              Html.segment(hit.article().id()), hit.article().title())));
        }
      }
    }
    String feed = "/feeds/entity/" + Html.segment(id) + ".atom";
    Html.Safe main = Html.t("<h1>{}</h1><p class=\"total\">{} · {} {} · <a href=\"{}\">{}</a></p>{}"
            + "<section aria-labelledby=\"roles\"><h2 id=\"roles\">{}</h2>{}</section>"
            + "<section aria-labelledby=\"f-days\"><h2 id=\"f-days\">{}</h2>{}</section>"
            + "<div class=\"columns\"><div class=\"primary\"><section aria-labelledby=\"events\"><h2 id=\"events\">{}</h2>{}</section>"
            + "<section aria-labelledby=\"quotes\"><h2 id=\"quotes\">{}</h2>{}</section>"
            + "<section aria-labelledby=\"latest\"><h2 id=\"latest\">{}</h2>{}</section></div>"
            + "<aside class=\"side\">{}{}{}</aside></div>",
        view.name(), view.type().name(), view.latest().total(), words.articlesCount(), feed, words.feed(),
        view.variants().isEmpty() ? Html.Safe.EMPTY : Html.t("<p class=\"variants\">{}</p>", String.join(" · ", view.variants())),
        words.roles(), roles.isEmpty() ? Html.t("<p>—</p>") : Html.t("<ul class=\"roles\">{}</ul>", Html.join(roles)),
        words.timeline(), Timeline.svg(facets.days(), words), words.latestEvents(), eventList(events),
        words.quotes(), quotes.isEmpty() ? Html.t("<p>—</p>") : Html.t("<ul class=\"quotes\">{}</ul>", Html.join(quotes)),
        words.articles(), hitList(view.latest().hits(), words),
        facet(words.coMentioned() + " — " + words.persons(), facets.persons(), FacetCount::label, Pages::entityLink, "f-persons"),
        facet(words.coMentioned() + " — " + words.organisations(), facets.organisations(), FacetCount::label,
            Pages::entityLink, "f-organisations"),
        facet(words.countries(), facets.countries(), c -> words.countryName(c.value()), Pages::countryLink, "f-countries"));
    return layout(context, view.name(), main, Optional.of(feed));
  }

  /** A story: what it is, its volume per day, and its articles in publication order with copies marked. */
  private Html.Safe story(Context context, String id) throws IOException {
    Messages words = context.words();
    int offset = JsonApi.offset(context.request().parameters());
    StoryTimeline timeline = views.story(id, offset, ApiServer.MAX_LIMIT)
        .orElseThrow(() -> ApiException.notFound(words.notFound() + ": " + id));
    StorySummary story = timeline.summary();
    // A copy names its original by title when the original is on this page (it usually comes just before).
    java.util.Map<String, String> titles = new java.util.HashMap<>();
    timeline.articles().forEach(a -> titles.put(a.id(), a.title()));
    List<Html.Safe> rows = new ArrayList<>();
    for (Article article : timeline.articles()) {
      String lang = article.language().filter(l -> l.matches("[a-z]{2,3}")).orElse("");
      Html.Safe copy = article.grouping().duplicateOf()
          .map(original -> Html.t(" <span class=\"copy-of\">({} <a href=\"/article/{}\">{}</a>)</span>", words.copyOf(),
              Html.segment(original), titles.getOrDefault(original, original)))
          .orElse(Html.Safe.EMPTY);
      rows.add(Html.t("<tr{}><td>{}</td><th scope=\"row\">{}</th><td>{}</td><td><a href=\"/article/{}\" lang=\"{}\">{}</a>{}</td></tr>",
          article.grouping().duplicateOf().isPresent() ? Html.t(" class=\"copy\"") : Html.Safe.EMPTY,
          article.published().map(p -> Html.t("<time datetime=\"{}\">{}</time>", p.value(), p.value().replace('T', ' ')))
              .orElse(Html.t("—")),
          Optional.ofNullable(outlet(article)).orElse("—"), article.language().map(words::languageName).orElse("—"),
          Html.segment(article.id()), lang, article.title(), copy));
    }
    List<Html.Safe> pager = new ArrayList<>();
    String base = "/story/" + Html.segment(id);
    if (offset > 0) {
      pager.add(Html.t("<a rel=\"prev\" href=\"{}?offset={}\">{}</a>", base, Math.max(0, offset - ApiServer.MAX_LIMIT),
          words.previous()));
    }
    if (offset + timeline.articles().size() < story.articles()) {
      pager.add(Html.t("<a rel=\"next\" href=\"{}?offset={}\">{}</a>", base, offset + ApiServer.MAX_LIMIT,
          words.next()));
    }
    Function<FacetCount, String> inStory = c -> "/search?q=" + Html.param("story:" + NewsViews.quoted(id) + " source:"
        + NewsViews.quoted(c.value()));
    Html.Safe main = Html.t("<p class=\"kicker\">{}</p><h1>{}</h1><p class=\"total\">{}</p>"
            + "<section aria-labelledby=\"f-days\"><h2 id=\"f-days\">{}</h2>{}</section>"
            + "<div class=\"columns\"><section class=\"primary\" aria-labelledby=\"story-articles\">"
            + "<h2 id=\"story-articles\">{}</h2><div class=\"table\"><table><thead><tr><th scope=\"col\">{}</th>"
            + "<th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>{}</tbody>"
            + "</table></div><nav class=\"pager\" aria-label=\"{}\">{}</nav></section>"
            + "<aside class=\"side\">{}{}</aside></div>",
        words.story(), story.title(), storyFacts(story, words), words.timeline(), Timeline.svg(timeline.days(), words),
        words.storyArticles(), words.published(), words.outlets(), words.language(), words.articles(), Html.join(rows),
        words.page(), Html.join(pager),
        facet(words.outlets(), story.outlets(), FacetCount::label, inStory, "f-outlets"),
        facet(words.languages(), story.languages(), c -> words.languageName(c.value()),
            c -> "/search?q=" + Html.param("story:" + NewsViews.quoted(id) + " lang:" + c.value()), "f-languages"));
    return layout(context, story.title(), main, Optional.empty());
  }

  /** The stories of a country, an entity or a period ({@code ?country=&entity=&since=&q=}), biggest or latest first. */
  private Html.Safe stories(Context context) throws IOException {
    Messages words = context.words();
    QueryParameters parameters = context.request().parameters();
    StoryListing.Order order = JsonApi.storyOrder(parameters);
    List<StorySummary> stories = views.stories(JsonApi.storyFilter(parameters, views.clock()), order,
        JsonApi.limit(parameters));
    StringBuilder kept = new StringBuilder();
    for (String name : List.of("country", "entity", "since", "q")) {
      parameters.get(name).filter(v -> !v.isBlank()).ifPresent(v -> kept.append("&").append(name).append("=")
          .append(Html.param(v)));
    }
    String filters = kept.toString();
    Html.Safe sortLinks = Html.t("<p class=\"sort\">{}<a href=\"/stories?sort=size{}\"{}>{}</a> · "
            + "<a href=\"/stories?sort=latest{}\"{}>{}</a></p>", words.sortBy() + words.colon(), filters,
        order == StoryListing.Order.SIZE ? Html.t(" aria-current=\"true\"") : Html.Safe.EMPTY, words.sortBiggest(),
        filters, order == StoryListing.Order.LATEST ? Html.t(" aria-current=\"true\"") : Html.Safe.EMPTY,
        words.sortLatest());
    List<Html.Safe> items = new ArrayList<>();
    for (StorySummary story : stories) {
      items.add(Html.t("<li class=\"hit story\"><h3><a href=\"/story/{}\">{}</a></h3><p class=\"meta\">{}</p></li>",
          Html.segment(story.id()), story.title(), storyFacts(story, words)));
    }
    String heading = words.stories() + parameters.get("country").filter(c -> c.matches("[A-Za-z]{2}"))
        .map(c -> " — " + words.countryName(c.toUpperCase(java.util.Locale.ROOT))).orElse("");
    Html.Safe main = Html.t("<h1>{}</h1>{}{}", heading, sortLinks, items.isEmpty()
        ? Html.t("<p class=\"empty\">—</p>") : Html.t("<ol class=\"hits story-list\">{}</ol>", Html.join(items)));
    return layout(context, heading, main, Optional.empty());
  }

  private Html.Safe article(Context context, String id) throws IOException {
    Messages words = context.words();
    Article article = views.store().get(id).orElseThrow(() -> ApiException.notFound(words.notFound() + ": " + id));
    ArticleMarkup markup = new ArticleMarkup(article, words);
    List<Html.Safe> body = new ArrayList<>();
    for (int i = 0; i < article.body().size(); i++) {
      String tag = switch (article.body().get(i).kind()) {
        case HEADING -> "h2";
        case QUOTE -> "blockquote";
        case LIST_ITEM, PARAGRAPH -> "p";
      };
      body.add(Html.t("<" + tag + ">{}</" + tag + ">", markup.render(SpanTarget.BODY, i)));
    }
    List<Html.Safe> captions = new ArrayList<>();
    for (int i = 0; i < article.captions().size(); i++) {
      Caption caption = article.captions().get(i);
      captions.add(Html.t("<figure class=\"caption\"><figcaption>{}{}{}</figcaption></figure>",
          markup.render(SpanTarget.CAPTION, i),
          caption.credit().map(c -> Html.t(" <span class=\"credit\">{}</span>", c)).orElse(Html.Safe.EMPTY),
          caption.date().map(d -> Html.t(" <time datetime=\"{}\">{}</time>", d.toString(), d.toString()))
              .orElse(Html.Safe.EMPTY)));
    }
    List<Html.Safe> facts = new ArrayList<>();
    for (ArticleMarkup.Fact fact : markup.facts()) {
      Html.Safe name = fact.link().map(l -> Html.t("<a href=\"{}\">{}</a>", l, fact.text()))
          .orElse(Html.t("{}", fact.text()));
      facts.add(Html.t("<li class=\"fact\" data-kind=\"{}\"><span class=\"tag t-{}\">{}</span> {}{}"
              + "<blockquote class=\"evidence\">{}</blockquote></li>", fact.kind().css(), fact.kind().css(),
          kindName(fact.kind(), words), name, fact.detail().isEmpty() ? Html.Safe.EMPTY : Html.t(" — {}", fact.detail()),
          markup.sentence(fact.span())));
    }
    List<Html.Safe> events = new ArrayList<>();
    for (Event event : article.annotations().events()) {
      events.add(eventItem(event, markup, words, Html.Safe.EMPTY));
    }
    Html.Safe source = article.url().flatMap(Html::webLink)
        .map(u -> Html.t("<p class=\"source\">{}: <a href=\"{}\" rel=\"noopener noreferrer nofollow\">{}</a></p>",
            words.source(), u, u))
        .orElse(Html.Safe.EMPTY);
    SearchResults similar = views.store().moreLikeThis(article.id(), 5);
    Html.Safe main = Html.t("<article lang=\"{}\"><p class=\"kicker\">{}</p><h1>{}</h1><p class=\"meta\">{}{}</p>{}{}<div class=\"text\">{}</div>"
            + "</article><div class=\"columns\"><div class=\"primary\"><section aria-labelledby=\"events\"><h2 id=\"events\">{}</h2>{}</section>"
            + "<section aria-labelledby=\"facts\"><h2 id=\"facts\">{}</h2>{}</section></div>"
            + "<aside class=\"side\"><section aria-labelledby=\"similar\"><h2 id=\"similar\">{}</h2>{}</section>{}</aside></div>",
        article.language().filter(l -> l.matches("[a-z]{2,3}")).orElse(""), article.section().orElse(""),
        markup.render(SpanTarget.TITLE, 0), meta(article, words),
        article.byline().map(b -> Html.t(" · <span class=\"byline\">{}</span>", b)).orElse(Html.Safe.EMPTY), source,
        Html.join(captions), Html.join(body), words.events(), eventList(events), words.facts(),
        facts.isEmpty() ? Html.t("<p>—</p>") : Html.t("<ol class=\"facts\">{}</ol>", Html.join(facts)),
        words.moreLikeThis(), hitList(similar.hits(), words), storyOf(article, words));
    return layout(context, article.title(), main, Optional.empty());
  }

  /** The story an article belongs to, linked to its timeline, with what it is in one line. */
  private Html.Safe storyOf(Article article, Messages words) throws IOException {
    Optional<StorySummary> story = article.grouping().story().isEmpty() ? Optional.empty()
        : views.story(article.grouping().story().get(), 0, 0).map(StoryTimeline::summary);
    if (story.isEmpty()) {
      return Html.Safe.EMPTY;
    }
    Html.Safe copy = article.grouping().duplicateOf().map(original -> Html.t("<p class=\"copy-of\">{} <a href=\"/article/{}\">{}</a></p>",
        words.copyOf(), Html.segment(original), original)).orElse(Html.Safe.EMPTY);
    return Html.t("<section class=\"story-of\" aria-labelledby=\"story\"><h2 id=\"story\">{}</h2><p><a href=\"/story/{}\">{}</a></p>"
        + "<p class=\"meta\">{}</p>{}</section>", words.story(), Html.segment(story.get().id()), story.get().title(),
        storyFacts(story.get(), words), copy);
  }

  private static Html.Safe eventList(List<Html.Safe> events) {
    return events.isEmpty() ? Html.t("<p>—</p>") : Html.t("<ol class=\"events\">{}</ol>", Html.join(events));
  }

  /**
   * One event as one row: what happened (type, CAMEO class, and whether the text denies it or only
   * says it may happen), who, to whom, where and when, then the sentence with its trigger marked;
   * {@code from} names the article on pages that gather events of several.
   */
  private static Html.Safe eventItem(Event event, ArticleMarkup markup, Messages words, Html.Safe from) {
    String factuality = event.factuality().name().toLowerCase(Locale.ROOT);
    List<Html.Safe> parts = new ArrayList<>();
    if (!event.actors().isEmpty()) {
      List<Html.Safe> actors = new ArrayList<>();
      for (String actor : event.actors()) {
        actors.add(Html.t("{}{}", actors.isEmpty() ? "" : ", ", party(markup.party(actor))));
      }
      List<Html.Safe> countries = new ArrayList<>();
      for (String country : event.actorCountries()) {
        countries.add(Html.t("{}{}", countries.isEmpty() ? "" : ", ", countryLink(country, words.countryName(country))));
      }
      parts.add(eventPart("actors", words.eventActors(), Html.t("{}{}", Html.join(actors), countries.isEmpty()
          ? Html.Safe.EMPTY : Html.t(" <span class=\"actor-countries\">({})</span>", Html.join(countries)))));
    }
    event.target().ifPresent(t -> parts.add(eventPart("target", words.eventTarget(), party(markup.party(t)))));
    event.place().ifPresent(place -> parts.add(eventPart("place", words.eventPlace(), event.placeCountry()
        .map(c -> Html.t("{} ({})", countryLink(c, place), words.countryName(c)))
        .orElse(Html.t("{}", place)))));
    event.time().ifPresent(time -> parts.add(eventPart("time", words.eventTime(), event.evidence().stream()
        .filter(a -> a.role() == EventArgument.Role.TIME && !a.text().equals(time)).findFirst()
        .map(a -> Html.t("{} (<time>{}</time>)", a.text(), time)).orElse(Html.t("<time>{}</time>", time)))));
    return Html.t("<li class=\"event\" data-factuality=\"{}\"><p class=\"event-what\"><span class=\"tag t-event\">{} · {}</span>"
            + " <strong class=\"event-type\">{}</strong>{}{}</p><dl class=\"event-parts\">{}</dl>"
            + "<blockquote class=\"evidence\">{}</blockquote></li>", factuality, words.cameoName(event.root()),
        event.root().code(), event.type(), event.asserted() ? Html.Safe.EMPTY
            : Html.t(" <span class=\"factuality f-{}\">{}</span>", factuality, words.factuality(event.factuality())),
        from, Html.join(parts), markup.sentence(event));
  }

  /** The label linked to a country's page when the code is one (a record from elsewhere may hold anything). */
  private static Html.Safe countryLink(String code, String label) {
    return code.matches("[A-Z]{2}") ? Html.t("<a href=\"/country/{}\">{}</a>", code, label) : Html.t("{}", label);
  }

  private static Html.Safe eventPart(String css, String label, Html.Safe value) {
    return Html.t("<div class=\"event-{}\"><dt>{}</dt><dd>{}</dd></div>", css, label, value);
  }

  private static Html.Safe party(ArticleMarkup.Party party) {
    return party.link().map(l -> Html.t("<a href=\"{}\">{}</a>", l, party.name())).orElse(Html.t("{}", party.name()));
  }

  private static String kindName(ArticleMarkup.Kind kind, Messages words) {
    boolean fr = words.code().equals("fr");
    return switch (kind) {
      case PERSON -> fr ? "Personne" : "Person";
      case ORGANISATION -> "Organisation";
      case LOCATION -> fr ? "Lieu" : "Location";
      case MISC -> fr ? "Autre" : "Other";
      case PLACE -> fr ? "Lieu" : "Place";
      case DATE -> "Date";
      case QUOTE -> fr ? "Citation" : "Quote";
      case ROLE -> fr ? "Fonction" : "Role";
    };
  }

  private Html.Safe map(Context context) throws IOException {
    Messages words = context.words();
    String query = context.request().parameters().get("q").orElse("").strip();
    SearchResults all = JsonApi.search(views, new SearchRequest(query, SearchSort.NEWEST, 0, 0, 250));
    List<Html.Safe> rows = new ArrayList<>();
    for (FacetCount count : all.facets().countries()) {
      rows.add(Html.t("<li><a href=\"/country/{}\">{}</a> <span class=\"count\">{}</span></li>", count.value(),
          words.countryName(count.value()), count.count()));
    }
    Html.Safe main = Html.t("<h1>{}{}</h1><p>{}</p><div class=\"map\">{}</div><p class=\"legend\" aria-hidden=\"true\">"
            + "<span class=\"key h1\"></span> 1 <span class=\"key h3\"></span> … <span class=\"key h5\"></span> {}</p>"
            + "<section aria-labelledby=\"countries\"><h2 id=\"countries\">{}</h2><ul class=\"countries\">{}</ul></section>",
        words.mapTitle(), query.isEmpty() ? Html.Safe.EMPTY : Html.t("{}{}", words.colon(), query), words.mapHelp(),
        WorldMap.svg(all.facets().countries(), words),
        all.facets().countries().isEmpty() ? 0 : all.facets().countries().getFirst().count(), words.countries(),
        Html.join(rows));
    return layout(context, words.mapTitle(), main, Optional.empty());
  }
}
