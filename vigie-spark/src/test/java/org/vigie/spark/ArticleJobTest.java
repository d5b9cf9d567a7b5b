package org.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.app.VigieCommand;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Grouping;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;
import org.vigie.store.FailedDocument;
import org.vigie.testing.SharedData;

/**
 * Runs {@code vigie spark} once in local[2] over the test archives, {@code vigie ingest} over the same
 * files, and {@code vigie import} of the job's output, all through the command line, then compares.
 */
class ArticleJobTest {
  private static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z"));

  @TempDir static Path dir;
  private static boolean withShared;
  private static Result job;
  private static Map<String, String> sparkRecords;
  private static List<Row> sparkFailures;
  private static Map<String, String> ingestRecords;
  private static List<FailedDocument> ingestFailures;
  private static SparkSession reader;

  record Result(int exitCode, String out, String err) {}

  @BeforeAll
  static void runBoth() throws IOException {
    Path in = dir.resolve("in");
    TestArchives.writeSynthetic(in);
    withShared = SharedData.root().isPresent();
    if (withShared) {
      TestArchives.writeShared(SharedData.root().get(), in);
    }
    job = vigie("--data", dir.resolve("unused").toString(), "spark", "--master", "local[2]", "--languages", "fr,en",
        in.toString(), "--out", dir.resolve("out").toString());
    Result ingest = vigie("--data", dir.resolve("ingested").toString(), "ingest", "--languages", "fr,en",
        in.toString());
    assertThat(ingest.exitCode()).as(ingest.err()).isZero();
    try (ArticleStore store = ArticleStore.openForReading(DataDirectory.fromEnvironment(java.util.Optional.of(dir.resolve("ingested"))))) {
      ingestRecords = new TreeMap<>();
      store.forEachArticle(article -> ingestRecords.put(article.id(), ArticleJson.write(article)));
      ingestFailures = store.failures();
    }
    reader = SparkSession.builder().master("local[1]").config("spark.ui.enabled", "false").getOrCreate();
    sparkRecords = new TreeMap<>();
    for (Row row : reader.read().parquet(dir.resolve("out/articles").toString()).collectAsList()) {
      sparkRecords.put(row.getAs("id"), row.getAs(ArticleTable.RECORD));
    }
    sparkFailures = reader.read().parquet(dir.resolve("out/failures").toString()).collectAsList();
    // The commands under test start their own sessions.
    reader.stop();
  }

  static Result vigie(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = SparkMain.commandLine(new VigieCommand(CLOCK, false))
        .setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }

  @Test
  void spark_badRecordsAndCutArchive_jobSucceedsAndSaysWhatItSkipped() {
    assertThat(job.exitCode()).as(job.err()).isZero();
    assertThat(job.out()).contains("articles " + sparkRecords.size()).contains("skipped").contains("HTTP_STATUS 1");
  }

  @Test
  void spark_sameInputAsIngest_sameArticlesRecordForRecord() {
    assertThat(sparkRecords.keySet()).isEqualTo(ingestRecords.keySet());
    // Stories are assigned online by ingest and are not part of the batch job; duplicates are checked
    // on their own below. Everything else must be the same record for record.
    Map<String, String> sparkUngrouped = new TreeMap<>();
    sparkRecords.forEach((id, record) -> sparkUngrouped.put(id, withoutGrouping(record)));
    Map<String, String> ingestUngrouped = new TreeMap<>();
    ingestRecords.forEach((id, record) -> ingestUngrouped.put(id, withoutGrouping(record)));
    assertThat(sparkUngrouped).isEqualTo(ingestUngrouped);
  }

  @Test
  void spark_sharedPages_allReachTheTablesAsIngestHasThem() {
    SharedData.require("eval/extraction/zyte-article-extraction-benchmark");
    assertThat(sparkRecords.values()).anySatisfy(r -> assertThat(r).contains("Namibia braces for Nujoma exit"));
    long fromShared = sparkRecords.values().stream().filter(r -> r.contains("shared-pages.warc.gz")).count();
    assertThat(fromShared).isGreaterThan(80);
  }

  @Test
  void spark_corruptRecordsUndecodablePagesAndCutGzip_eachAFailureRowWithItsReason() {
    Map<String, String> causes = sparkFailures.stream().collect(Collectors.toMap(
        row -> row.<String>getAs("location").replaceAll("^.*/in/", ""), row -> row.getAs("cause"), (a, b) -> a,
        TreeMap::new));
    assertThat(causes).containsEntry("dump.jsonl#line=2", "UNREADABLE").containsEntry("dump.jsonl#line=3", "EMPTY");
    assertThat(causes.entrySet()).anySatisfy(e -> {
      assertThat(e.getKey()).startsWith("cut.warc.gz#after-offset=");
      assertThat(e.getValue()).isEqualTo("UNREADABLE");
    });
    assertThat(causes).containsValues("BINARY", "UNDECODABLE");
    assertThat(sparkFailures).filteredOn(row -> "BINARY".equals(row.getAs("cause")))
        .allSatisfy(row -> assertThat(row.<byte[]>getAs("content")).startsWith((byte) 0x89, (byte) 'P'));
    assertThat(sparkRecords.values()).anySatisfy(r -> assertThat(r).contains("before-the-cut"));
  }

  @Test
  void spark_sameInputAsIngest_sameFailures() {
    assertThat(sparkFailures.stream().map(row -> row.getAs("location") + " " + row.getAs("cause")).sorted())
        .containsExactlyElementsOf(ingestFailures.stream().map(f -> f.location() + " " + f.cause()).sorted().toList());
  }

  @Test
  void spark_copiesOfOneDispatch_groupedUnderTheEarliest() {
    Map<String, String> byUrl = new TreeMap<>();
    sparkRecords.values().stream().map(ArticleJson::read).filter(a -> a.url().isPresent())
        .forEach(a -> byUrl.put(a.url().get(), a.grouping().duplicateOf().orElse("-")));
    String original = idOf(TestArchives.ORIGINAL);
    assertThat(byUrl).containsEntry(TestArchives.ORIGINAL, "-")
        .containsEntry(TestArchives.EDITED_COPY, original)
        .containsEntry(TestArchives.EXACT_COPY, original)
        .containsEntry(TestArchives.UNRELATED, "-");
    // The English budget story, read from the WARC and from the JSON Lines dump, is one text twice.
    List<String> budgets = sparkRecords.values().stream().map(ArticleJson::read)
        .filter(a -> a.body().getFirst().text().startsWith("The government unveiled")).map(a -> a.id()).toList();
    assertThat(budgets).hasSizeGreaterThanOrEqualTo(2);
    assertThat(budgets.stream().map(sparkRecords::get).map(ArticleJson::read)
        .filter(a -> a.grouping().duplicateOf().isEmpty())).hasSize(1);
  }

  @Test
  void import_jobOutput_indexHoldsTheJobsRecordsAndFailures() throws IOException {
    Path data = dir.resolve("imported");
    Result imported = vigie("--data", data.toString(), "import", dir.resolve("out").toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();
    assertThat(imported.out()).startsWith("imported " + sparkRecords.size() + " (added " + sparkRecords.size());
    Map<String, String> stored = new TreeMap<>();
    List<FailedDocument> failures;
    try (ArticleStore store = ArticleStore.openForReading(DataDirectory.fromEnvironment(java.util.Optional.of(data)))) {
      store.forEachArticle(article -> stored.put(article.id(), ArticleJson.write(article)));
      failures = store.failures();
    }
    assertThat(stored).isEqualTo(sparkRecords);
    assertThat(failures).hasSameSizeAs(sparkFailures);
    Result again = vigie("--data", data.toString(), "import", dir.resolve("out").toString());
    assertThat(again.out()).contains("unchanged " + sparkRecords.size());
  }

  @Test
  void spark_outputExists_refusedUnlessOverwrite() {
    Result refused = vigie("spark", "--master", "local[1]", dir.resolve("in/dump.jsonl").toString(), "--out",
        dir.resolve("out").toString());
    assertThat(refused.exitCode()).isEqualTo(1);
    assertThat(refused.err()).contains("already exists");
  }

  @Test
  void spark_missingInput_badUsage() {
    Result missing = vigie("spark", "--master", "local[1]", dir.resolve("nowhere").toString(), "--out",
        dir.resolve("out-missing").toString());
    assertThat(missing.exitCode()).as(missing.err()).isEqualTo(2);
    assertThat(missing.err()).contains("no such file or directory");
  }

  private static String idOf(String url) {
    return sparkRecords.values().stream().map(ArticleJson::read).filter(a -> a.url().equals(java.util.Optional.of(url)))
        .map(Article::id).findFirst().orElseThrow();
  }

  private static String withoutGrouping(String record) {
    return ArticleJson.write(ArticleJson.read(record).withGrouping(Grouping.NONE));
  }
}
