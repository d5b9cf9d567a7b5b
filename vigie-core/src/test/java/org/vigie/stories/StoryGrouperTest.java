package org.vigie.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Grouping;

class StoryGrouperTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2023-02-10T00:00:00Z"));
  @TempDir Path dir;

  private StoryGrouper open() throws IOException {
    return StoryGrouper.open(dir, StoryGrouper.Settings.defaults(), new Random(1), CLOCK);
  }

  private static Article copyOf(Article original, String id, String outlet) {
    List<Block> body = new java.util.ArrayList<>(original.body());
    body.add(Block.paragraph("Suivez " + outlet + " sur les réseaux sociaux pour plus d'informations."));
    return NewsArticles.article(id, original.published().orElseThrow().value(), outlet, "fr",
        "Le point : " + original.title(), body.stream().map(Block::text).toArray(String[]::new));
  }

  @Test
  void group_wireCopy_duplicateOfTheOriginalInItsStory() throws IOException {
    StoryGrouper grouper = open();
    Article original = grouper.group(NewsArticles.quakeAfp());
    Article copy = grouper.group(copyOf(NewsArticles.quakeAfp(), "quake-copy", "Ouest-France"));

    assertThat(original.grouping().duplicateOf()).isEmpty();
    assertThat(copy.grouping()).isEqualTo(new Grouping(java.util.Optional.of("quake-afp"),
        original.grouping().story()));
  }

  @Test
  void commit_thenReopen_storiesAndCopiesContinue() throws IOException {
    StoryGrouper grouper = open();
    Article original = grouper.group(NewsArticles.quakeAfp());
    grouper.group(NewsArticles.budgetLeMonde());
    grouper.commit();
    assertThat(dir.resolve(StoryGrouper.STATE_FILE)).exists();

    StoryGrouper reopened = open();
    Article bbc = reopened.group(NewsArticles.quakeBbc());
    Article copy = reopened.group(copyOf(NewsArticles.quakeAfp(), "quake-copy", "Ouest-France"));
    Article again = reopened.group(NewsArticles.quakeAfp());

    assertThat(bbc.grouping().story()).isEqualTo(original.grouping().story());
    assertThat(copy.grouping().duplicateOf()).contains("quake-afp");
    assertThat(again.grouping()).isEqualTo(original.grouping());
  }

  @Test
  void commit_crashWhileWriting_previousStateKept() throws IOException {
    StoryGrouper grouper = open();
    grouper.group(NewsArticles.quakeAfp());
    grouper.commit();
    byte[] before = Files.readAllBytes(dir.resolve(StoryGrouper.STATE_FILE));
    // A crash mid-write leaves only a temporary file beside the state, which is never read.
    Files.write(dir.resolve("state123.part"), new byte[] {1, 2, 3});

    assertThat(open().story("squake-afp")).isPresent();
    assertThat(Files.readAllBytes(dir.resolve(StoryGrouper.STATE_FILE))).isEqualTo(before);
  }

  @Test
  void rebuild_storedArticles_sameStories() {
    List<Article> stored = List.of(NewsArticles.quakeReuters(), NewsArticles.budgetLeMonde(), NewsArticles.quakeAfp(),
        NewsArticles.quakeBbc());
    StoryGrouper rebuilt = StoryGrouper.rebuild(dir, StoryGrouper.Settings.defaults(), new Random(1), CLOCK, stored);

    // Replayed in publication order: the AFP dispatch (earliest, then by id) opens the story.
    assertThat(rebuilt.story("squake-afp").orElseThrow().articles()).isEqualTo(3);
  }

  @Test
  void openFor_stateMissingOrDamaged_rebuiltFromTheStore() throws IOException {
    org.vigie.store.DataDirectory data = new org.vigie.store.DataDirectory(dir.resolve("data"));
    try (org.vigie.store.ArticleStore store = org.vigie.store.ArticleStore.openForWriting(data)) {
      for (Article article : List.of(NewsArticles.quakeAfp(), NewsArticles.budgetLeMonde(), NewsArticles.quakeBbc())) {
        store.put(article);
      }
      store.commit();

      StoryGrouper rebuilt = StoryGrouper.openFor(store, StoryGrouper.Settings.defaults(), new Random(1), CLOCK);
      assertThat(rebuilt.story("squake-afp").orElseThrow().articles()).isEqualTo(2);
      assertThat(data.stories().resolve(StoryGrouper.STATE_FILE)).exists();

      Files.write(data.stories().resolve(StoryGrouper.STATE_FILE), new byte[] {0x1f, (byte) 0x8b, 1, 2, 3});
      StoryGrouper again = StoryGrouper.openFor(store, StoryGrouper.Settings.defaults(), new Random(1), CLOCK);
      assertThat(again.story("squake-afp").orElseThrow().articles()).isEqualTo(2);
    }
  }
}
