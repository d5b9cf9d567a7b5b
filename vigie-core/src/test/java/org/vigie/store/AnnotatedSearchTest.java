package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.testing.AnnotatedArticles;

/** Field filters, facets, sorting and "more like this" over articles annotated by hand. */
class AnnotatedSearchTest {
  @TempDir
  static Path dir;
  static ArticleStore store;
  static final Article FRENCH = AnnotatedArticles.akarInTripoli();
  static final Article ENGLISH = AnnotatedArticles.akarInEnglish();
  static final Article TUNIS = AnnotatedArticles.tunisElection();

  @BeforeAll
  static void index() throws IOException {
    try (ArticleStore writer = ArticleStore.openForWriting(new DataDirectory(dir))) {
      writer.put(FRENCH);
      writer.put(ENGLISH);
      writer.put(TUNIS);
      writer.commit();
    }
    store = ArticleStore.openForReading(new DataDirectory(dir));
  }

  @AfterAll
  static void close() throws IOException {
    store.close();
  }

  private static List<String> ids(String query) throws IOException {
    return store.search(SearchRequest.of(query, SearchSort.NEWEST, 10)).hits().stream()
        .map(h -> h.article().id()).toList();
  }

  @Test
  void fieldFilters_matchAnnotations() throws IOException {
    assertThat(ids("country:LY")).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("country:ly")).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("country:TN")).containsExactly(TUNIS.id());
    assertThat(ids("person:\"Khalifa Haftar\"")).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("person:haftar")).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("person:\"Khalifa Akar\"")).isEmpty();
    assertThat(ids("person:saied")).containsExactly(TUNIS.id());
    assertThat(ids("org:otan")).containsExactly(FRENCH.id());
    assertThat(ids("place:Tunis")).containsExactly(TUNIS.id());
    assertThat(ids("lang:fr")).containsExactly(FRENCH.id(), TUNIS.id());
    assertThat(ids("source:AFP")).containsExactly(FRENCH.id());
    assertThat(ids("source:example.org")).containsExactly(ENGLISH.id());
    assertThat(ids("story:" + AnnotatedArticles.STORY)).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("entity:" + AnnotatedArticles.NATO)).containsExactly(FRENCH.id());
    assertThat(ids("speaker:" + AnnotatedArticles.AKAR)).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("mentioned:2020-07")).containsExactly(FRENCH.id());
  }

  @Test
  void eventFilter_byTypeCameoNameOrCode_notDeniedEvents() throws IOException {
    assertThat(ids("event:visit")).containsExactly(FRENCH.id());
    assertThat(ids("event:consult")).containsExactly(FRENCH.id());
    assertThat(ids("event:04")).containsExactly(FRENCH.id());
    assertThat(ids("event:4 AND Tripoli")).containsExactly(FRENCH.id());
    assertThat(ids("event:Visit")).containsExactly(FRENCH.id());
    // The English article says Haftar's forces did not fight: no fighting to filter on.
    assertThat(ids("event:fight")).isEmpty();
    assertThat(ids("-event:consult")).containsExactly(ENGLISH.id(), TUNIS.id());
  }

  @Test
  void dates_afterBeforeAndDate() throws IOException {
    assertThat(ids("after:2020-07-04")).containsExactly(ENGLISH.id());
    assertThat(ids("after:\"2020-07-04T12:00:00Z\"")).containsExactly(ENGLISH.id());
    assertThat(ids("after:\"2020-07-05T00:00:01Z\"")).isEmpty();
    assertThat(ids("after:2020-07-03")).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("before:2020-07-03")).containsExactly(TUNIS.id());
    assertThat(ids("date:2020-07")).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("date:2019")).containsExactly(TUNIS.id());
    assertThat(ids("date:[2019-01 TO 2020-07-03]")).containsExactly(FRENCH.id(), TUNIS.id());
  }

  @Test
  void booleanSyntax_withFilters() throws IOException {
    assertThat(ids("Tripoli AND lang:en")).containsExactly(ENGLISH.id());
    assertThat(ids("Tripoli NOT lang:en")).containsExactly(FRENCH.id());
    assertThat(ids("country:TN OR org:otan")).containsExactly(FRENCH.id(), TUNIS.id());
    assertThat(ids("-country:LY")).containsExactly(TUNIS.id());
    assertThat(ids("Haft*")).containsExactly(ENGLISH.id(), FRENCH.id());
    assertThat(ids("person:Haft*")).containsExactly(ENGLISH.id(), FRENCH.id());
  }

  @Test
  void badFilters_sayWhatIsAllowed() {
    assertThatThrownBy(() -> ids("colour:red")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("no field \"colour\"").hasMessageContaining("country, person");
    assertThatThrownBy(() -> ids("after:yesterday")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("after:yesterday is not a date");
    assertThatThrownBy(() -> ids("country:L*")).isInstanceOf(InvalidQueryException.class)
        .hasMessageContaining("takes a plain value");
  }

  @Test
  void facets_countEverythingThatMatched() throws IOException {
    SearchResults results = store.search(SearchRequest.of("", SearchSort.NEWEST, 1).withFacets(10));

    assertThat(results.total()).isEqualTo(3);
    assertThat(results.hits()).hasSize(1);
    Facets facets = results.facets();
    assertThat(facets.countries()).containsExactlyInAnyOrder(new FacetCount("LY", "LY", 2),
        new FacetCount("TR", "TR", 2), new FacetCount("TN", "TN", 1));
    assertThat(facets.countries().getLast()).isEqualTo(new FacetCount("TN", "TN", 1));
    assertThat(facets.persons()).contains(new FacetCount(AnnotatedArticles.HAFTAR, "Khalifa Haftar", 2));
    assertThat(facets.organisations()).containsExactly(
        new FacetCount(AnnotatedArticles.NATO, "Organisation du traité de l'Atlantique nord", 1));
    assertThat(facets.languages()).extracting(FacetCount::value).containsExactlyInAnyOrder("fr", "en");
    assertThat(facets.outlets()).extracting(FacetCount::label).contains("AFP", "Example News", "Le Quotidien");
    assertThat(facets.stories()).containsExactly(new FacetCount(AnnotatedArticles.STORY, AnnotatedArticles.STORY, 2));
    assertThat(facets.places()).extracting(FacetCount::label).contains("Tripoli", "Tunis");
    assertThat(facets.events()).containsExactly(new FacetCount("consult", "consult", 1));
    assertThat(facets.days()).containsExactly(new DayCount(LocalDate.parse("2019-09-16"), 1),
        new DayCount(LocalDate.parse("2020-07-03"), 1), new DayCount(LocalDate.parse("2020-07-05"), 1));
  }

  @Test
  void facets_followTheQuery() throws IOException {
    Facets facets = store.search(SearchRequest.of("lang:en", SearchSort.RELEVANCE, 10).withFacets(10)).facets();

    assertThat(facets.countries()).extracting(FacetCount::value).containsExactlyInAnyOrder("LY", "TR");
    assertThat(facets.organisations()).isEmpty();
  }

  @Test
  void sort_oldestAndPaging() throws IOException {
    List<String> oldest = store.search(SearchRequest.of("", SearchSort.OLDEST, 10)).hits().stream()
        .map(h -> h.article().id()).toList();
    SearchResults second = store.search(new SearchRequest("", SearchSort.NEWEST, 1, 1, 0));

    assertThat(oldest).containsExactly(TUNIS.id(), FRENCH.id(), ENGLISH.id());
    assertThat(second.total()).isEqualTo(3);
    assertThat(second.hits()).extracting(h -> h.article().id()).containsExactly(FRENCH.id());
  }

  @Test
  void moreLikeThis_findsTheOtherArticleNotItself() throws IOException {
    List<String> like = store.moreLikeThis(FRENCH.id(), 5).hits().stream().map(h -> h.article().id()).toList();

    assertThat(like).doesNotContain(FRENCH.id());
    assertThat(store.moreLikeThis("nope", 5).hits()).isEmpty();
  }

  @Test
  void leadSnippet_isEscapedLikeHighlightedOnes() throws IOException {
    assertThat(store.search(SearchRequest.of("country:LY", SearchSort.NEWEST, 1)).hits().getFirst().snippet())
        .doesNotContain("\"").contains("&quot;We will keep");
  }

  @Test
  void manyConcurrentSearches_allAnswer() throws Exception {
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<Long>> answers = new java.util.ArrayList<>();
      for (int i = 0; i < 200; i++) {
        answers.add(pool.submit(() -> store.search(SearchRequest.of("Tripoli", SearchSort.RELEVANCE, 5).withFacets(5))
            .total()));
      }
      for (Future<Long> answer : answers) {
        assertThat(answer.get()).isEqualTo(2);
      }
    }
  }
}
