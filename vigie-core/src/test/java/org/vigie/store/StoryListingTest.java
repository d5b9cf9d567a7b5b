package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.EntityType;
import org.vigie.model.Grouping;
import org.vigie.testing.AnnotatedArticles;

/** Stories listed and told from the story ids their articles carry in the index. */
class StoryListingTest {
  private static final Article FRENCH = AnnotatedArticles.akarInTripoli();
  private static final Article ENGLISH = AnnotatedArticles.akarInEnglish();
  /** The French dispatch republished by another site the next day: a copy in the same story. */
  private static final Article COPY = AnnotatedArticles.builder("https://regional.example.fr/akar", "Le Régional",
          FRENCH.title(), "fr", "2020-07-04", FRENCH.body().getFirst().text())
      .country("LY", 0.9).build()
      .withGrouping(new Grouping(Optional.of(FRENCH.id()), Optional.of(AnnotatedArticles.STORY)));
  private static final Article TUNIS = AnnotatedArticles.tunisElection()
      .withGrouping(new Grouping(Optional.empty(), Optional.of("s-tunis")));
  private static final Article TUNIS_NEXT_DAY = tunisNextDay();
  private static final Article LATEST = AnnotatedArticles.builder("https://example.org/paris", "Example News",
          "Paris hosts a summit", "en", "2020-08-01", "Leaders met in Paris on Saturday.")
      .country("FR", 1.0).story("s-paris").build();

  @TempDir Path data;
  private ArticleStore store;
  private StoryListing stories;

  private static Article tunisNextDay() {
    String p0 = "Kaïs Saïed et Nabil Karoui s'affronteront au second tour à Tunis.";
    return AnnotatedArticles.builder("https://www.example.fr/tunisie-second-tour", "Le Quotidien",
            "Tunisie : Kaïs Saïed et Nabil Karoui au second tour", "fr", "2019-09-17", p0)
        .entity("Q7358", "Kaïs Saïed", EntityType.PER, List.of(), null, null, p0)
        .country("TN", 1.0).story("s-tunis").build();
  }

  @BeforeEach
  void open() throws IOException {
    store = ArticleStore.openForWriting(new DataDirectory(data));
    for (Article article : List.of(ENGLISH, FRENCH, COPY, TUNIS, TUNIS_NEXT_DAY, LATEST)) {
      store.put(article);
    }
    store.commit();
    stories = new StoryListing(store);
  }

  @AfterEach
  void close() throws IOException {
    store.close();
  }

  private static List<String> ids(List<StorySummary> list) {
    return list.stream().map(StorySummary::id).toList();
  }

  @Test
  void list_bySize_biggestFirstWithItsOutletsLanguagesAndDates() throws IOException {
    List<StorySummary> list = stories.list(StoryListing.Filter.ALL, StoryListing.Order.SIZE, 10);

    assertThat(ids(list)).containsExactly(AnnotatedArticles.STORY, "s-tunis", "s-paris");
    StorySummary akar = list.getFirst();
    assertThat(akar.title()).isEqualTo(FRENCH.title());
    assertThat(akar.articles()).isEqualTo(3);
    assertThat(akar.outlets()).extracting(FacetCount::value)
        .containsExactlyInAnyOrder("AFP", "Example News", "Le Régional");
    assertThat(akar.languages()).extracting(FacetCount::value, FacetCount::count)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("fr", 2L), org.assertj.core.groups.Tuple.tuple("en", 1L));
    assertThat(akar.firstSeen()).contains("2020-07-03");
    assertThat(akar.lastSeen()).contains("2020-07-05");
  }

  @Test
  void list_latest_storyOfTheNewestArticleFirst() throws IOException {
    assertThat(ids(stories.list(StoryListing.Filter.ALL, StoryListing.Order.LATEST, 2)))
        .containsExactly("s-paris", AnnotatedArticles.STORY);
  }

  @Test
  void list_countryEntityAndSince_keepTheStoriesWithAMatchingArticle() throws IOException {
    StoryListing.Filter tunisia = new StoryListing.Filter(Optional.of("tn"), Optional.empty(), Optional.empty(), "");
    StoryListing.Filter akar = new StoryListing.Filter(Optional.empty(), Optional.of(AnnotatedArticles.AKAR),
        Optional.empty(), "");
    StoryListing.Filter sinceJuly5 = new StoryListing.Filter(Optional.empty(), Optional.empty(),
        Optional.of(Instant.parse("2020-07-05T00:00:00Z")), "");

    assertThat(ids(stories.list(tunisia, StoryListing.Order.SIZE, 10))).containsExactly("s-tunis");
    assertThat(ids(stories.list(akar, StoryListing.Order.SIZE, 10))).containsExactly(AnnotatedArticles.STORY);
    List<StorySummary> recent = stories.list(sinceJuly5, StoryListing.Order.LATEST, 10);
    assertThat(ids(recent)).containsExactly("s-paris", AnnotatedArticles.STORY);
    assertThat(recent.get(1).articles()).as("the whole story, not only its recent articles").isEqualTo(3);
  }

  @Test
  void timeline_publicationOrder_copiesMarked() throws IOException {
    StoryTimeline timeline = stories.timeline(AnnotatedArticles.STORY, 0, 10).orElseThrow();

    assertThat(timeline.articles()).extracting(Article::id).containsExactly(FRENCH.id(), COPY.id(), ENGLISH.id());
    assertThat(timeline.articles().get(1).grouping().duplicateOf()).contains(FRENCH.id());
    assertThat(timeline.copies()).isEqualTo(1);
    assertThat(timeline.days()).extracting(d -> d.day().toString())
        .containsExactly("2020-07-03", "2020-07-04", "2020-07-05");
    assertThat(stories.timeline(AnnotatedArticles.STORY, 2, 10).orElseThrow().articles()).extracting(Article::id)
        .containsExactly(ENGLISH.id());
  }

  @Test
  void timeline_unknownStory_empty() throws IOException {
    assertThat(stories.timeline("s-nothing", 0, 10)).isEmpty();
    assertThat(stories.summary("s-nothing")).isEmpty();
  }

  @Test
  void since_dateTimeOrTimeAgo() {
    InstantSource clock = InstantSource.fixed(Instant.parse("2020-07-05T12:00:00Z"));

    assertThat(StoryListing.Filter.since("24h", clock)).isEqualTo(Instant.parse("2020-07-04T12:00:00Z"));
    assertThat(StoryListing.Filter.since("2w", clock)).isEqualTo(Instant.parse("2020-06-21T12:00:00Z"));
    assertThat(StoryListing.Filter.since("2020-07-01", clock)).isEqualTo(Instant.parse("2020-07-01T00:00:00Z"));
    assertThat(StoryListing.Filter.since("2020-07-01T10:00:00+02:00", clock))
        .isEqualTo(Instant.parse("2020-07-01T08:00:00Z"));
    assertThatThrownBy(() -> StoryListing.Filter.since("yesterday", clock))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("24h");
  }

  @Test
  void filter_notACountryCode_saysWhatIsExpected() {
    assertThatThrownBy(() -> new StoryListing.Filter(Optional.of("Libya"), Optional.empty(), Optional.empty(), ""))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two letters");
  }

  @Test
  void moveStory_articlesOfTheMergedStoryMoveAtTheNextCommit() throws IOException {
    store.moveStory("s-paris", AnnotatedArticles.STORY);
    Article grouped = AnnotatedArticles.builder("https://example.org/paris-2", "Example News",
        "Paris summit ends", "en", "2020-08-02", "The summit in Paris ended on Sunday.").story("s-paris").build();
    store.put(grouped);
    store.commit();

    assertThat(store.get(LATEST.id()).orElseThrow().grouping().story()).contains(AnnotatedArticles.STORY);
    assertThat(store.get(grouped.id()).orElseThrow().grouping().story()).contains(AnnotatedArticles.STORY);
    assertThat(stories.summary("s-paris")).isEmpty();
    assertThat(stories.summary(AnnotatedArticles.STORY).orElseThrow().articles()).isEqualTo(5);
  }
}
