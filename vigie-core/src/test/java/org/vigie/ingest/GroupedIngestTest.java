package org.vigie.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.model.Article;
import org.vigie.pipeline.ArticleGrouper;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.stories.StoryGrouper;

/** Ingest with the cross-document step: copies and stories are set on stored articles, state committed. */
class GroupedIngestTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2020-07-04T08:00:00Z"));
  private static final String DISPATCH = """
      Le ministre turc de la Défense à Tripoli

      Le ministre turc de la Défense, Hulusi Akar, est arrivé vendredi 3 juillet 2020 à Tripoli pour une visite \
      consacrée à la coopération militaire entre Ankara et le gouvernement d'union nationale.

      Il doit s'entretenir avec le chef du gouvernement, Fayez al-Sarraj, et avec plusieurs responsables \
      militaires, a indiqué un communiqué publié dans la soirée par le ministère turc.

      La Turquie soutient militairement le gouvernement reconnu par l'ONU face aux forces du maréchal Khalifa \
      Haftar, qui contrôlent l'est et une partie du sud du pays.
      """;

  @TempDir Path data;
  @TempDir Path inputs;

  @Test
  void ingest_wireCopyWithOtherTitle_storedAsDuplicateInTheSameStory() throws IOException {
    Files.writeString(inputs.resolve("a-original.txt"), DISPATCH);
    Files.writeString(inputs.resolve("b-copy.txt"), DISPATCH.replace("Le ministre turc de la Défense à Tripoli",
        "Libye : Hulusi Akar en visite à Tripoli") + "\nLire aussi : notre dossier sur la Libye.\n");
    DataDirectory directory = new DataDirectory(data);

    try (ArticleStore store = ArticleStore.openForWriting(directory)) {
      StoryGrouper grouper = StoryGrouper.open(directory.stories(), StoryGrouper.Settings.defaults(), new Random(1),
          CLOCK);
      // One thread, so that the original is grouped first, as it would be in time order.
      new Ingester(StandardPipeline.create(CLOCK, LanguageIdentifier.of(Set.of("fr", "en"))), store, CLOCK,
          IngestOptions.defaults().withThreads(1), grouper).ingest(List.of(inputs), IngestListener.SILENT);

      List<Article> stored = store.search("Tripoli", 10, false).hits().stream().map(hit -> hit.article()).toList();
      assertThat(stored).hasSize(2);
      Article original = stored.stream().filter(a -> a.grouping().duplicateOf().isEmpty()).findFirst().orElseThrow();
      Article copy = stored.stream().filter(a -> a.grouping().duplicateOf().isPresent()).findFirst().orElseThrow();
      assertThat(copy.grouping().duplicateOf()).contains(original.id());
      assertThat(copy.grouping().story()).isPresent().isEqualTo(original.grouping().story());
    }
    assertThat(directory.stories().resolve("state.bin.gz")).exists();
  }

  @Test
  void ingest_bridgeArticleMergesTwoStories_storedArticlesMoveToTheSurvivingStory() throws IOException {
    String floods = "The Douro burst its banks in Porto on Sunday, flooding the Ribeira district; 300 families were"
        + " evacuated from their homes by the civil protection services.";
    String fire = "A fire destroyed the roof of the Alvalade stadium in Lisbon on Sunday; 40 firefighters fought the"
        + " blaze for most of the night before bringing it under control.";
    Files.writeString(inputs.resolve("a-floods.txt"), "Douro floods Porto's Ribeira district\n\n" + floods + "\n");
    Files.writeString(inputs.resolve("b-fire.txt"), "Fire destroys roof of Lisbon's Alvalade stadium\n\n" + fire + "\n");
    Files.writeString(inputs.resolve("c-bridge.txt"), "Black Sunday: Porto floods and Lisbon stadium fire\n\n"
        + floods + "\n\n" + fire + "\n");
    DataDirectory directory = new DataDirectory(data);

    try (ArticleStore store = ArticleStore.openForWriting(directory)) {
      StoryGrouper grouper = StoryGrouper.open(directory.stories(), StoryGrouper.Settings.defaults(), new Random(1),
          CLOCK);
      List<ArticleGrouper.StoryMerge> merges = new java.util.ArrayList<>();
      ArticleGrouper watched = new ArticleGrouper() {
        @Override
        public Article group(Article article) {
          return grouper.group(article);
        }

        @Override
        public void commit() throws IOException {
          grouper.commit();
        }

        @Override
        public List<StoryMerge> takeMerges() {
          List<StoryMerge> taken = grouper.takeMerges();
          merges.addAll(taken);
          return taken;
        }
      };
      // One thread and a commit after each document: the two stories are stored before the bridge joins them.
      new Ingester(StandardPipeline.create(CLOCK, LanguageIdentifier.of(Set.of("fr", "en"))), store, CLOCK,
          IngestOptions.defaults().withThreads(1).withCommitEvery(1), watched)
          .ingest(List.of(inputs), IngestListener.SILENT);

      List<Article> stored = new java.util.ArrayList<>();
      store.forEachArticle(stored::add);
      assertThat(stored).hasSize(3);
      assertThat(stored).extracting(a -> a.grouping().story().orElseThrow()).as("one story after the merge")
          .containsOnly(grouper.currentStory(stored.getFirst().grouping().story().orElseThrow()));
      assertThat(merges).as("the bridge merged the two stories").hasSize(1);
    }
  }
}
