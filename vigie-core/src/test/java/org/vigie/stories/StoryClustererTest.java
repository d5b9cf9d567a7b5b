package org.vigie.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.stories.NewsArticles.article;
import static org.vigie.stories.NewsArticles.time;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;

class StoryClustererTest {

  private static StoryClusterer clusterer() {
    return new StoryClusterer(StoryClusterer.Settings.defaults());
  }

  private static String assign(StoryClusterer clusterer, Article article) {
    return clusterer.assign(article, time(article.published().orElseThrow().value())).story();
  }

  @Test
  void assign_sameEventInFrenchAndEnglish_oneStory() {
    StoryClusterer clusterer = clusterer();
    String afp = assign(clusterer, NewsArticles.quakeAfp());
    assign(clusterer, NewsArticles.budgetLeMonde());
    String bbc = assign(clusterer, NewsArticles.quakeBbc());
    String reuters = assign(clusterer, NewsArticles.quakeReuters());

    assertThat(clusterer.resolve(bbc)).isEqualTo(clusterer.resolve(afp));
    assertThat(clusterer.resolve(reuters)).isEqualTo(clusterer.resolve(afp));
  }

  @Test
  void assign_differentEvents_differentStories() {
    StoryClusterer clusterer = clusterer();
    String quake = assign(clusterer, NewsArticles.quakeBbc());
    String budget = assign(clusterer, NewsArticles.budgetLeMonde());
    String sameBudget = assign(clusterer, NewsArticles.budgetDauphine());
    String bikes = assign(clusterer, NewsArticles.budgetLyon());

    assertThat(budget).isNotEqualTo(quake);
    assertThat(sameBudget).isEqualTo(budget);
    assertThat(bikes).isNotEqualTo(budget).isNotEqualTo(quake);
  }

  @Test
  void assign_storySummary_labelOutletsLanguagesTimeline() {
    StoryClusterer clusterer = clusterer();
    String story = assign(clusterer, NewsArticles.quakeAfp());
    assign(clusterer, NewsArticles.quakeBbc());
    assign(clusterer, NewsArticles.quakeReuters());

    Story summary = clusterer.story(story).orElseThrow();
    assertThat(summary.articles()).isEqualTo(3);
    assertThat(summary.outlets()).containsExactly("AFP", "BBC", "Reuters");
    assertThat(summary.languages()).containsExactly("en", "fr");
    assertThat(summary.firstSeen()).hasToString("2023-02-06T00:00:00Z");
    assertThat(summary.lastSeen()).hasToString("2023-02-07T00:00:00Z");
    assertThat(summary.timeline()).extracting(Story.TimelineEntry::article)
        .containsExactly("quake-afp", "quake-bbc", "quake-reuters");
    assertThat(List.of(NewsArticles.quakeAfp().title(), NewsArticles.quakeBbc().title(),
        NewsArticles.quakeReuters().title())).contains(summary.label());
  }

  @Test
  void assign_bridgeArticle_mergesTwoStories() {
    StoryClusterer clusterer = clusterer();
    Article floods = article("floods", "2023-03-04", "A", "en", "Douro floods Porto's Ribeira district",
        "The Douro burst its banks in Porto on Sunday, flooding the Ribeira district; 300 families were evacuated.");
    Article fire = article("fire", "2023-03-05", "B", "en", "Fire destroys roof of Lisbon's Alvalade stadium",
        "A fire destroyed the roof of the Alvalade stadium in Lisbon on Sunday; 40 firefighters fought the blaze.");
    Article bridge = article("bridge", "2023-03-05", "C", "en", "Black Sunday: Porto floods and Lisbon stadium fire",
        "The Douro burst its banks in Porto on Sunday, flooding the Ribeira district; 300 families were evacuated.",
        "A fire destroyed the roof of the Alvalade stadium in Lisbon on Sunday; 40 firefighters fought the blaze.");
    String first = assign(clusterer, floods);
    String second = assign(clusterer, fire);
    assertThat(second).isNotEqualTo(first);

    StoryClusterer.Assignment merged = clusterer.assign(bridge, time("2023-03-05"));

    assertThat(merged.story()).isEqualTo(first);
    assertThat(merged.merged()).containsExactly(second);
    assertThat(clusterer.resolve(second)).isEqualTo(first);
    assertThat(clusterer.story(first).orElseThrow().articles()).isEqualTo(3);
  }

  @Test
  void assign_sameEventAfterTheWindow_newStory() {
    StoryClusterer clusterer = new StoryClusterer(new StoryClusterer.Settings(0.15, 0.35, 0.5, 30, 0.6, 0.5, 40,
        Duration.ofDays(7), 1000, 40, 1000, 50, 16));
    List<Story> closed = new ArrayList<>();
    clusterer.onClose(closed::add);
    String first = assign(clusterer, NewsArticles.budgetLeMonde());
    Article later = article("budget-later", "2023-04-01", "Le Dauphiné", "fr",
        "Grenoble : le budget de 412 millions d'euros voté par le conseil municipal",
        NewsArticles.budgetDauphine().body().getFirst().text());

    assertThat(assign(clusterer, later)).isNotEqualTo(first);
    assertThat(closed).extracting(Story::id).containsExactly(first);
  }

  @Test
  void assign_sameArticleTwice_sameStoryCountedOnce() {
    StoryClusterer clusterer = clusterer();
    String story = assign(clusterer, NewsArticles.quakeBbc());
    assertThat(assign(clusterer, NewsArticles.quakeBbc())).isEqualTo(story);
    assertThat(clusterer.story(story).orElseThrow().articles()).isEqualTo(1);
  }

  @Test
  void readFrom_writtenState_continuesTheStories() throws IOException {
    StoryClusterer clusterer = clusterer();
    String story = assign(clusterer, NewsArticles.quakeAfp());
    assign(clusterer, NewsArticles.budgetLeMonde());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    clusterer.writeTo(new DataOutputStream(bytes));

    StoryClusterer restored = StoryClusterer.readFrom(new DataInputStream(new ByteArrayInputStream(
        bytes.toByteArray())), StoryClusterer.Settings.defaults());

    assertThat(assign(restored, NewsArticles.quakeBbc())).isEqualTo(story);
    assertThat(restored.story(story).orElseThrow().outlets()).containsExactly("AFP", "BBC");
    assertThat(restored.windowSize()).isEqualTo(3);
  }
}
