package org.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Block;
import org.vigie.model.Precision;
import org.vigie.model.Published;

class NearDuplicatesTest {
  private static final String BASE = "Le conseil municipal a adopté mardi soir le budget de la commune après un long"
      + " débat sur les dépenses d'entretien des écoles et des routes, a indiqué la mairie dans un communiqué.\n"
      + "Le maire a salué un vote responsable, tandis que l'opposition a dénoncé une hausse des impôts locaux qu'elle"
      + " juge injustifiée dans le contexte actuel de hausse des prix de l'énergie.";
  private static final String OTHER = "Le Slovène Tadej Pogacar a remporté dimanche la quinzième étape du Tour de"
      + " France entre Lyon et le Grand Colombier, au terme d'une ascension finale disputée devant Primoz Roglic.";
  private static final WordShingleMinHash MEASURE = WordShingleMinHash.defaults();

  @Test
  void copies_editedCopyAndUnrelatedText_onlyTheCopyMatches() {
    CopyMeasure.Fingerprint base = MEASURE.fingerprint(article("a", BASE, "2020-07-03"), 0);
    CopyMeasure.Fingerprint edited = MEASURE.fingerprint(article("b", BASE.replace("mardi soir", "mardi")
        + "\nLa séance a duré plus de quatre heures.", "2020-07-03"), 0);
    CopyMeasure.Fingerprint other = MEASURE.fingerprint(article("c", OTHER, "2020-07-03"), 0);

    assertThat(MEASURE.copies(base, edited)).isTrue();
    assertThat(MEASURE.copies(base, other)).isFalse();
    assertThat(base.time()).isEqualTo(java.time.LocalDate.parse("2020-07-03").toEpochDay() * 86_400);
  }

  @Test
  void join_pairsInAnyOrder_earliestThenSmallestIdIsCanonical() {
    CopyGroups groups = new CopyGroups();
    groups.join("c", 30, "b", 20);
    groups.join("a", 20, "d", 40);
    groups.join("d", 40, "c", 30);
    groups.join("x", 5, "y", 5);

    assertThat(groups.duplicateOf()).containsExactlyInAnyOrderEntriesOf(
        Map.of("b", "a", "c", "a", "d", "a", "y", "x"));
  }

  @Test
  void duplicates_groupsOfCopies_sameOnTheDriverAndDistributed() throws java.io.IOException {
    List<Article> articles = List.of(
        article("late-copy", BASE + "\nUne phrase ajoutée à la fin de la dépêche par le journal.", "2020-07-05"),
        article("original", BASE, "2020-07-03"),
        article("exact", BASE.replace("\n", "\n\n"), "2020-07-04"),
        article("brief-1", "Trois mots seulement.", "2020-07-01"),
        article("brief-2", "Trois mots, seulement !", "2020-07-02"),
        article("unrelated", OTHER, "2020-07-01"));
    try (SparkSession spark = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2").getOrCreate()) {
      StructType schema = new StructType().add("id", DataTypes.StringType)
          .add(NearDuplicates.FINGERPRINT, NearDuplicates.FINGERPRINT_TYPE);
      Dataset<Row> input = spark.createDataFrame(articles.stream()
          .map(a -> RowFactory.create(a.id(), NearDuplicates.fingerprint(MEASURE, a, 0))).toList(), schema);

      Map<String, String> onDriver = collect(new NearDuplicates(MEASURE).duplicates(input));
      Map<String, String> distributed = collect(new NearDuplicates(MEASURE, 0).duplicates(input));

      assertThat(onDriver).isEqualTo(Map.of("late-copy", "original", "exact", "original", "brief-2", "brief-1"));
      assertThat(distributed).isEqualTo(onDriver);
    }
  }

  private static Map<String, String> collect(Dataset<Row> duplicates) {
    Map<String, String> result = new TreeMap<>();
    duplicates.collectAsList().forEach(row -> result.put(row.getString(0), row.getString(1)));
    return result;
  }

  private static Article article(String id, String body, String date) {
    List<Block> blocks = body.lines().filter(line -> !line.isBlank()).map(Block::paragraph).toList();
    return new Article(id, Optional.empty(), "test:" + id, Optional.empty(), Optional.empty(), "Titre", Optional.empty(),
        Optional.of(new Published(date, Precision.DAY, false)), Optional.of("fr"), blocks, List.of(), List.of(),
        ArticleIds.contentHash("Titre", blocks));
  }
}
