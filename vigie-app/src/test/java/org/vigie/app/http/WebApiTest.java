package org.vigie.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;
import org.vigie.testing.AnnotatedArticles;

/** The API beyond search, the OpenAPI description against real answers, the feeds, and pages as HTML. */
class WebApiTest {
  @TempDir
  static Path temp;
  static WebFixture web;
  static SchemaCheck schemas;
  static JsonNode openApi;
  static final String FRENCH = AnnotatedArticles.akarInTripoli().id();
  static final String ENGLISH = AnnotatedArticles.akarInEnglish().id();
  static final String COPY = WebFixture.COPY.id();

  @BeforeAll
  static void start() throws Exception {
    web = new WebFixture(temp);
    openApi = ArticleJson.mapper().readTree(web.get("/api/openapi.json").body());
    schemas = new SchemaCheck(openApi);
  }

  @AfterAll
  static void stop() throws Exception {
    web.close();
  }

  private static String q(String query) {
    return URLEncoder.encode(query, StandardCharsets.UTF_8);
  }

  /** The answer, checked against the schema the description gives for this path, method and status. */
  private static JsonNode described(String template, String method, String pathAndQuery) throws Exception {
    HttpResponse<String> response = web.get(pathAndQuery);
    return described(template, method, response);
  }

  private static JsonNode described(String template, String method, HttpResponse<String> response) throws Exception {
    JsonNode body = ArticleJson.mapper().readTree(response.body());
    JsonNode operation = openApi.path("paths").path(template).path(method);
    assertThat(operation.isMissingNode()).as("%s %s is described", method, template).isFalse();
    JsonNode described = operation.path("responses").path(String.valueOf(response.statusCode()));
    assertThat(described.isMissingNode()).as("status %d of %s %s is described", response.statusCode(), method, template)
        .isFalse();
    while (described.has("$ref")) {
      described = openApi.at(described.get("$ref").asText().substring(1));
    }
    JsonNode schema = described.path("content").path("application/json").path("schema");
    assertThat(schemas.check(body, schema)).as("%s %s answer fits its schema", method, template).isEmpty();
    return body;
  }

  @Test
  void openApi_isVersion31AndDescribesEveryEndpoint() {
    assertThat(openApi.get("openapi").asText()).isEqualTo("3.1.0");
    assertThat(openApi.get("paths").fieldNames()).toIterable().contains("/api/search", "/api/articles/{id}",
        "/api/entities/{id}", "/api/countries/{code}", "/api/stories/{id}", "/api/health", "/api/openapi.json");
  }

  @Test
  void search_withFiltersAndFacets_fitsTheDescription() throws Exception {
    JsonNode body = described("/api/search", "get", "/api/search?q=" + q("country:LY person:\"Hulusi Akar\""));

    assertThat(body.get("total").asLong()).isEqualTo(2);
    assertThat(body.at("/facets/persons").findValuesAsText("label")).contains("Khalifa Haftar");
    assertThat(body.at("/facets/languages").findValuesAsText("value")).containsExactlyInAnyOrder("fr", "en");
    assertThat(body.at("/facets/days")).hasSize(2);
  }

  @Test
  void search_badQuery_and_health_and_article_fitTheDescription() throws Exception {
    described("/api/search", "get", "/api/search?q=" + q("colour:red"));
    described("/api/health", "get", "/api/health");
    JsonNode article = described("/api/articles/{id}", "get", "/api/articles/" + FRENCH);
    described("/api/articles/{id}", "get", "/api/articles/nope");

    assertThat(article.at("/entities/0/roles/0/text").asText()).isEqualTo("ministre turc de la Défense");
    assertThat(article.get("story").asText()).isEqualTo(AnnotatedArticles.STORY);
  }

  @Test
  void entity_givesRolesQuotesCoMentionsAndTimeline() throws Exception {
    JsonNode entity = described("/api/entities/{id}", "get", "/api/entities/" + AnnotatedArticles.AKAR);

    assertThat(entity.get("name").asText()).isEqualTo("Hulusi Akar");
    assertThat(entity.get("type").asText()).isEqualTo("PER");
    assertThat(entity.get("roles").findValuesAsText("text")).contains("ministre turc de la Défense", "defence minister");
    assertThat(entity.get("quotes").findValuesAsText("text"))
        .contains("Nous continuerons à soutenir le gouvernement légitime");
    assertThat(entity.at("/coMentioned/persons").findValuesAsText("label")).containsExactly("Khalifa Haftar");
    assertThat(entity.get("timeline")).hasSize(2);
    assertThat(entity.get("articles").asLong()).isEqualTo(2);
    described("/api/entities/{id}", "get", "/api/entities/nobody");
  }

  @Test
  void country_givesLatestStoriesPeopleAndTimeline() throws Exception {
    JsonNode country = described("/api/countries/{code}", "get", "/api/countries/ly");

    assertThat(country.get("code").asText()).isEqualTo("LY");
    assertThat(country.get("nameFr").asText()).isEqualTo("Libye");
    assertThat(country.get("articles").asLong()).isEqualTo(3);
    assertThat(country.get("stories").findValuesAsText("id"))
        .containsExactly(AnnotatedArticles.STORY, WebFixture.HOSTILE_STORY);
    assertThat(country.get("stories").get(0).get("title").asText()).startsWith("Le ministre turc");
    assertThat(country.get("persons").findValuesAsText("value")).contains(AnnotatedArticles.AKAR);
    described("/api/countries/{code}", "get", "/api/countries/Libya");
  }

  @Test
  void story_listsItsArticlesInPublicationOrderWithTheCopyMarked() throws Exception {
    JsonNode story = described("/api/stories/{id}", "get", "/api/stories/" + AnnotatedArticles.STORY);

    assertThat(story.get("firstSeen").asText()).isEqualTo("2020-07-03");
    assertThat(story.get("lastSeen").asText()).isEqualTo("2020-07-05");
    assertThat(story.get("total").asLong()).isEqualTo(3);
    assertThat(story.get("outletCount").asLong()).isEqualTo(3);
    assertThat(story.get("articles").findValuesAsText("id")).containsExactly(FRENCH, COPY, ENGLISH);
    assertThat(story.get("entries").findValuesAsText("id")).containsExactly(FRENCH, COPY, ENGLISH);
    assertThat(story.at("/entries/1/duplicateOf").asText()).isEqualTo(FRENCH);
    assertThat(story.at("/entries/1/outlet").asText()).isEqualTo("Le Régional");
    assertThat(story.at("/entries/0/duplicateOf").isNull()).isTrue();
    assertThat(story.get("copies").asLong()).isEqualTo(1);
    assertThat(story.get("outlets").findValuesAsText("label"))
        .containsExactlyInAnyOrder("AFP", "Example News", "Le Régional");
    assertThat(story.get("timeline")).hasSize(3);
    described("/api/stories/{id}", "get", "/api/stories/none");
  }

  @Test
  void story_page_offsetAndLimit() throws Exception {
    JsonNode page = described("/api/stories/{id}", "get", "/api/stories/" + AnnotatedArticles.STORY + "?offset=2&limit=1");

    assertThat(page.get("offset").asLong()).isEqualTo(2);
    assertThat(page.get("entries").findValuesAsText("id")).containsExactly(ENGLISH);
    assertThat(page.get("total").asLong()).isEqualTo(3);
  }

  @Test
  void stories_biggestFirst_fitTheDescription() throws Exception {
    JsonNode list = described("/api/stories", "get", "/api/stories");

    assertThat(list.get("sort").asText()).isEqualTo("size");
    assertThat(list.get("stories").findValuesAsText("id"))
        .containsExactly(AnnotatedArticles.STORY, WebFixture.HOSTILE_STORY);
    JsonNode akar = list.at("/stories/0");
    assertThat(akar.get("title").asText()).isEqualTo(AnnotatedArticles.akarInTripoli().title());
    assertThat(akar.get("articles").asLong()).isEqualTo(3);
    assertThat(akar.get("outletCount").asLong()).isEqualTo(3);
    assertThat(akar.get("languages").findValuesAsText("value")).containsExactly("fr", "en");
    assertThat(akar.get("firstSeen").asText()).isEqualTo("2020-07-03");
    assertThat(akar.get("lastSeen").asText()).isEqualTo("2020-07-05");
  }

  @Test
  void stories_countryEntitySinceAndSort_keepTheStoriesWithAMatchingArticle() throws Exception {
    assertThat(described("/api/stories", "get", "/api/stories?country=tn").get("stories")).isEmpty();
    assertThat(described("/api/stories", "get", "/api/stories?entity=" + AnnotatedArticles.AKAR).get("stories")
        .findValuesAsText("id")).containsExactly(AnnotatedArticles.STORY);
    assertThat(described("/api/stories", "get", "/api/stories?since=2020-07-05").get("stories")
        .findValuesAsText("id")).containsExactly(AnnotatedArticles.STORY);
    assertThat(described("/api/stories", "get", "/api/stories?sort=latest&q=" + q("lang:en")).get("stories")
        .findValuesAsText("id")).containsExactly(AnnotatedArticles.STORY, WebFixture.HOSTILE_STORY);

    for (String bad : List.of("country=Libya", "since=yesterday", "sort=loudest", "q=" + q("colour:red"))) {
      HttpResponse<String> response = web.get("/api/stories?" + bad);
      assertThat(response.statusCode()).as(bad).isEqualTo(400);
      described("/api/stories", "get", response);
    }
  }

  @Test
  void similar_fitsTheDescription() throws Exception {
    JsonNode similar = described("/api/articles/{id}/similar", "get", "/api/articles/" + FRENCH + "/similar");

    assertThat(similar.get("hits").findValuesAsText("id")).doesNotContain(FRENCH);
  }

  @Test
  void writes_needTheToken() throws Exception {
    HttpResponse<String> none = web.send(HttpRequest.newBuilder(web.base.resolve("/api/articles/" + FRENCH)).DELETE());
    HttpResponse<String> wrong = web.send(HttpRequest.newBuilder(web.base.resolve("/api/articles/" + FRENCH)).DELETE()
        .header("Authorization", "Bearer guess"));

    described("/api/articles/{id}", "delete", none);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).contains("Bearer realm=\"vigie\"");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(web.writes).noneMatch(w -> w.contains(FRENCH));
  }

  @Test
  void writes_withTheToken_reachTheWriteOperations() throws Exception {
    String bearer = "Bearer " + WebFixture.TOKEN;
    HttpResponse<String> deleted = web.send(HttpRequest.newBuilder(web.base.resolve("/api/articles/"
        + WebFixture.HOSTILE_ID)).DELETE().header("Authorization", bearer));
    HttpResponse<String> missing = web.send(HttpRequest.newBuilder(web.base.resolve("/api/articles/zzz")).DELETE()
        .header("Authorization", bearer));
    HttpResponse<String> ingested = web.send(HttpRequest.newBuilder(web.base.resolve("/api/ingest"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"https://example.org/a\"}")).header("Authorization", bearer));
    HttpResponse<String> notHttp = web.send(HttpRequest.newBuilder(web.base.resolve("/api/ingest"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"file:///etc/passwd\"}")).header("Authorization", bearer));
    HttpResponse<String> noFailure = web.send(HttpRequest.newBuilder(web.base.resolve("/api/failures/reprocess"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"location\": \"file:/x\"}")).header("Authorization", bearer));
    HttpResponse<String> retried = web.send(HttpRequest.newBuilder(web.base.resolve("/api/failures/reprocess"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"location\": \"" + WebFixture.KEPT + "\"}"))
        .header("Authorization", bearer));

    assertThat(deleted.statusCode()).isEqualTo(204);
    described("/api/articles/{id}", "delete", missing);
    assertThat(described("/api/ingest", "post", ingested).get("added").asLong()).isEqualTo(1);
    described("/api/ingest", "post", notHttp);
    assertThat(notHttp.statusCode()).isEqualTo(400);
    described("/api/failures/reprocess", "post", noFailure);
    assertThat(noFailure.statusCode()).isEqualTo(404);
    JsonNode outcome = described("/api/failures/reprocess", "post", retried);
    assertThat(outcome.get("used").asText()).isEqualTo("kept-copy");
    assertThat(outcome.get("why").asText()).contains("gone");
    assertThat(web.writes).contains("delete " + WebFixture.HOSTILE_ID, "ingest https://example.org/a",
        "reprocess file:/x").doesNotContain("ingest file:///etc/passwd");
  }

  @Test
  void writes_withoutAConfiguredToken_areForbidden() throws Exception {
    try (ApiServer readOnly = new ApiServer(web.store, new java.net.InetSocketAddress("127.0.0.1", 0))) {
      URI base = URI.create("http://127.0.0.1:" + readOnly.start());
      HttpResponse<String> response = web.send(HttpRequest.newBuilder(base.resolve("/api/ingest"))
          .POST(HttpRequest.BodyPublishers.ofString("{\"url\": \"https://example.org/a\"}"))
          .header("Authorization", "Bearer " + WebFixture.TOKEN));

      described("/api/ingest", "post", response);
      assertThat(response.statusCode()).isEqualTo(403);
      assertThat(response.body()).contains("--api-token");
    }
  }

  // ------------------------------------------------------------------ feeds

  private static Feed atom(String path) throws Exception {
    HttpResponse<String> response = web.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).contains("application/atom+xml; charset=utf-8");
    WireFeedInput input = new WireFeedInput();
    input.setXmlHealerOn(false);
    Feed feed = (Feed) input.build(new StringReader(response.body()));
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    // RFC 4287 4.1.1: a feed has an id, a title, an updated date, and an author unless every entry has one.
    assertThat(feed.getId()).isNotBlank();
    assertThat(feed.getTitleEx().getValue()).isNotBlank();
    assertThat(feed.getUpdated()).isNotNull();
    assertThat(feed.getAuthors()).isNotEmpty();
    assertThat(feed.getOtherLinks()).anyMatch(l -> "self".equals(l.getRel()));
    for (Entry entry : feed.getEntries()) {
      assertThat(entry.getId()).startsWith("urn:vigie:article:");
      assertThat(entry.getTitleEx().getValue()).isNotBlank();
      assertThat(entry.getUpdated()).isNotNull();
      assertThat(entry.getAlternateLinks()).isNotEmpty();
    }
    return feed;
  }

  @Test
  void feeds_searchCountryAndEntity_areValidAtomWithStableIds() throws Exception {
    Feed search = atom("/feeds/search.atom?q=" + q("Tripoli"));
    Feed again = atom("/feeds/search.atom?q=" + q("Tripoli"));
    Feed country = atom("/feeds/country/LY.atom");
    Feed entity = atom("/feeds/entity/" + AnnotatedArticles.AKAR + ".atom");

    assertThat(search.getEntries()).extracting(Entry::getId).isEqualTo(again.getEntries().stream().map(Entry::getId).toList());
    assertThat(search.getId()).isEqualTo(again.getId());
    assertThat(atom("/feeds/search.atom?q=" + q("country:LY lang:fr")).getId())
        .isEqualTo("urn:vigie:feed:search:country%3ALY%20lang%3Afr");
    assertThat(country.getEntries()).extracting(Entry::getId).contains("urn:vigie:article:" + FRENCH);
    assertThat(entity.getEntries()).hasSize(2);
    assertThat(entity.getTitleEx().getValue()).contains("Hulusi Akar");
  }

  @Test
  void feeds_readBackWithSyndicationApi_andCarryHostileTitlesAsText() throws Exception {
    SyndFeed feed = new SyndFeedInput().build(new StringReader(web.get("/feeds/country/LY.atom").body()));

    assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
        .contains("<script>alert('title')</script> Tripoli &amp; <b onmouseover=alert(1)>bold</b>");
    assertThat(web.get("/feeds/entity/nobody.atom").statusCode()).isEqualTo(404);
    assertThat(web.get("/feeds/country/LYX.atom").statusCode()).isEqualTo(404);
  }

  // ------------------------------------------------------------------ pages as HTML

  @Test
  void pages_answerInTheReadersLanguage() throws Exception {
    HttpResponse<String> french = web.get("/country/LY", "Accept-Language", "fr-FR,fr;q=0.9,en;q=0.5");
    HttpResponse<String> english = web.get("/country/LY", "Accept-Language", "en-GB");
    HttpResponse<String> switched = web.get("/country/LY?hl=fr", "Accept-Language", "en-GB");

    assertThat(french.body()).contains("<html lang=\"fr\">").contains("Dernières infos — Libye");
    assertThat(english.body()).contains("Latest news — Libya");
    assertThat(switched.body()).contains("Dernières infos — Libye");
    assertThat(switched.headers().firstValue("Set-Cookie")).hasValueSatisfying(c -> assertThat(c).startsWith("hl=fr;"));
    assertThat(web.get("/country/LY", "Cookie", "hl=fr").body()).contains("Dernières infos — Libye");
  }

  @Test
  void pages_allAnswerWithAStrictPolicy() throws Exception {
    for (String path : List.of("/", "/search?q=Tripoli", "/country/LY", "/entity/" + AnnotatedArticles.AKAR,
        "/story/" + AnnotatedArticles.STORY, "/article/" + FRENCH, "/map", "/stories", "/stories?country=LY&sort=latest")) {
      HttpResponse<String> response = web.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).as(path).contains("text/html; charset=utf-8");
      assertThat(response.headers().firstValue("Content-Security-Policy")).as(path)
          .contains(ApiServer.CONTENT_SECURITY_POLICY);
      assertThat(response.body()).as(path).doesNotContainIgnoringCase("<script").doesNotContain(" style=");
    }
    assertThat(web.get("/nowhere").statusCode()).isEqualTo(404);
    assertThat(web.get("/entity/nobody").statusCode()).isEqualTo(404);
    assertThat(web.get("/static/vigie.css").headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
    assertThat(web.get("/static/../openapi.json").statusCode()).isEqualTo(404);
  }

  @Test
  void hostileArticle_isEscapedEverywhere() throws Exception {
    for (String path : List.of("/article/" + WebFixture.HOSTILE_ID, "/search?q=Tripoli", "/country/LY",
        "/search?q=" + q("<script>alert(1)</script>"), "/stories", "/story/" + WebFixture.HOSTILE_STORY,
        "/entity/" + q("<script>id</script>"))) {
      String html = web.get(path).body();
      assertThat(html).as(path).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
          .doesNotContainIgnoringCase("<iframe").doesNotContainIgnoringCase("<svg onload");
      Matcher handlers = Pattern.compile("<[^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE).matcher(html);
      assertThat(handlers.find()).as(path + " has an event handler attribute").isFalse();
      Matcher links = Pattern.compile("(href|src)=\"\\s*(javascript|data):", Pattern.CASE_INSENSITIVE).matcher(html);
      assertThat(links.find()).as(path + " links to script").isFalse();
    }
    String article = web.get("/article/" + WebFixture.HOSTILE_ID).body();
    assertThat(article).contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; Tripoli &amp;amp;")
        .contains("&lt;svg onload=alert(&#39;byline&#39;)&gt;");
  }

  @Test
  void hostileEvent_isShownAsText() throws Exception {
    String article = web.get("/article/" + WebFixture.HOSTILE_ID + "?hl=en").body();
    String events = article.substring(article.indexOf("<h2 id=\"events\">"), article.indexOf("<h2 id=\"facts\">"));

    assertThat(events).contains("<strong class=\"event-type\">&lt;script&gt;alert(&#39;event&#39;)&lt;/script&gt;</strong>")
        .contains("&lt;b onmouseover=alert(&#39;actor&#39;)&gt;mob&lt;/b&gt;")
        .contains("<a href=\"/entity/%3Cscript%3Eid%3C%2Fscript%3E\">&lt;script&gt;alert(&#39;entity&#39;)&lt;/script&gt;</a>")
        .contains("(&quot;&gt;&lt;script&gt;)").doesNotContain("/country/%22")
        .contains("&lt;img src=x onerror=alert(&#39;target&#39;)&gt;")
        .contains("&lt;iframe src=javascript:alert(5)&gt;")
        .contains("<mark class=\"m m-evidence\">&lt;img src=x onerror=alert(&#39;img&#39;)&gt;</mark>")
        .contains("class=\"factuality f-negated\">negated in the text</span>")
        .doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img").doesNotContainIgnoringCase("<iframe")
        .doesNotContainIgnoringCase("<svg").doesNotContainIgnoringCase("<b ");
  }

  @Test
  void articlePage_showsEachEventWithItsPartsAndSentence() throws Exception {
    String english = web.get("/article/" + FRENCH + "?hl=en").body();
    String french = web.get("/article/" + FRENCH + "?hl=fr").body();

    assertThat(english).contains("<h2 id=\"events\">Events</h2>")
        .contains("<span class=\"tag t-event\">Consult · 04</span> <strong class=\"event-type\">visit</strong>")
        .contains("<dt>Actors</dt><dd><a href=\"/entity/" + AnnotatedArticles.AKAR + "\">Hulusi Akar</a>"
            + " <span class=\"actor-countries\">(<a href=\"/country/TR\">Türkiye</a>)</span></dd>")
        .contains("<dt>Place</dt><dd><a href=\"/country/LY\">Tripoli</a> (Libya)</dd>")
        .contains("<dt>Time</dt><dd>vendredi 3 juillet 2020 (<time>2020-07-03</time>)</dd>")
        .contains("<dt>Target</dt><dd>responsables du gouvernement libyen</dd>")
        .contains("Le ministre turc de la Défense Hulusi Akar <mark class=\"m m-evidence\">est arrivé</mark> vendredi")
        .contains("<li class=\"event\" data-factuality=\"uncertain\">")
        .contains("<span class=\"factuality f-uncertain\">uncertain</span>");
    assertThat(english.indexOf("<strong class=\"event-type\">visit</strong>"))
        .isLessThan(english.indexOf("<strong class=\"event-type\">meeting</strong>"))
        .isLessThan(english.indexOf("<strong class=\"event-type\">support pledged</strong>"));
    assertThat(french).contains("<h2 id=\"events\">Événements</h2>").contains("Consultation · 04")
        .contains("<dt>Acteurs</dt>").contains("(<a href=\"/country/TR\">Turquie</a>)")
        .contains("Intention de coopérer · 03").contains("f-uncertain\">incertain</span>");
    assertThat(web.get("/article/" + ENGLISH + "?hl=en").body())
        .contains("<strong class=\"event-type\">fighting</strong> <span class=\"factuality f-negated\">negated in the text</span>");
    assertThat(web.get("/article/" + AnnotatedArticles.tunisElection().id() + "?hl=en").body())
        .contains("<h2 id=\"events\">Events</h2><p>—</p>");
  }

  @Test
  void entityPage_listsTheEventsOfItsLatestArticles() throws Exception {
    String akar = web.get("/entity/" + AnnotatedArticles.AKAR + "?hl=en").body();
    String haftar = web.get("/entity/" + AnnotatedArticles.HAFTAR + "?hl=en").body();

    assertThat(akar).contains("<h2 id=\"events\">Latest events</h2>")
        .contains("<strong class=\"event-type\">visit</strong> — <a class=\"event-article\" href=\"/article/" + FRENCH + "\">");
    assertThat(akar).doesNotContain("<strong class=\"event-type\">fighting</strong>");
    assertThat(haftar).contains("<strong class=\"event-type\">fighting</strong>");
  }

  @Test
  void articlePage_linksToItsStoryWithWhatItIs() throws Exception {
    String french = web.get("/article/" + FRENCH + "?hl=en").body();
    String copy = web.get("/article/" + COPY + "?hl=en").body();

    assertThat(french).contains("href=\"/story/" + AnnotatedArticles.STORY + "\"").contains("3 articles · 3 outlets");
    assertThat(copy).contains("copy of <a href=\"/article/" + FRENCH + "\"");
    assertThat(web.get("/story/" + AnnotatedArticles.STORY + "?hl=en").body()).contains("class=\"copy\"")
        .contains("2020-07-03 → 2020-07-05");
  }
}
