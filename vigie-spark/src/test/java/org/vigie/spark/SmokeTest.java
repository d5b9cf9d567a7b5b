package org.vigie.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.ingest.warc.WarcFiles;

class SmokeTest {
  @TempDir Path dir;

  @Test
  void run_smallWarc_writesTables() throws Exception {
    WarcFiles warc = new WarcFiles(true)
        .request("https://news.example/a")
        .response("https://news.example/a", WarcFiles.httpResponse(200, "text/html; charset=utf-8",
            "<html><head><title>Le ministre arrive à Tripoli</title></head><body><article><h1>Le ministre arrive à Tripoli</h1>"
            + "<p>Le ministre turc de la Défense est arrivé vendredi à Tripoli pour évoquer la coopération militaire avec le gouvernement libyen.</p>"
            + "<p>Il a rencontré le chef du gouvernement, a indiqué un communiqué publié dans la soirée par ses services.</p></article></body></html>"));
    Path file = Files.write(dir.resolve("a.warc.gz"), warc.bytes());
    SparkSession spark = SparkSession.builder().master("local[2]").appName("t").config("spark.ui.enabled", "false").getOrCreate();
    JobSummary summary = new ArticleJob(spark, new JobSettings("fr,en", 1 << 24, Instant.parse("2026-01-01T00:00:00Z")))
        .run(List.of(file.toString()), new ArticleJob.Output(dir.resolve("out").toString(), 0, false));
    System.out.println(summary.line());
    spark.read().parquet(dir.resolve("out/articles").toString()).show(false);
    spark.read().parquet(dir.resolve("out/failures").toString()).show(false);
    assertThat(summary.articles()).isEqualTo(1);
  }
}
