package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.IngestSummary;
import org.vigie.ingest.SkipReason;
import org.vigie.pipeline.FailureCause;

class ProgressTest {
  @Test
  void render_showsShareDoneAndCounts() {
    assertThat(ProgressBar.render(0, 200)).isEqualTo("[..............................]   0% 0/200 documents");
    assertThat(ProgressBar.render(100, 200)).isEqualTo("[###############...............]  50% 100/200 documents");
    assertThat(ProgressBar.render(200, 200)).isEqualTo("[##############################] 100% 200/200 documents");
  }

  @Test
  void render_ofNothingPlanned_isComplete() {
    assertThat(ProgressBar.render(0, 0)).contains("100% 0/0");
  }

  @Test
  void render_ofMoreDocumentsThanInputs_onlyCounts() {
    assertThat(ProgressBar.render(1500, 2)).isEqualTo("1500 documents processed from 2 inputs");
  }

  @Test
  void progressBar_redrawsAtMostEveryTenthOfASecondAndAlwaysAtTheEnd() {
    AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-01-01T00:00:00Z"));
    InstantSource clock = now::get;
    StringWriter text = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(text), clock);

    bar.planned(3);
    bar.processed(1, 3);
    bar.processed(2, 3);
    now.set(now.get().plus(Duration.ofMillis(50)));
    bar.processed(3, 3);
    bar.close();

    assertThat(text.toString()).contains("0/3", "1/3", "3/3").doesNotContain("2/3").endsWith("\r");
  }

  @Test
  void progressLog_saysWhatEachCommitMadeDurable() {
    StringWriter text = new StringWriter();
    ProgressLog log = new ProgressLog(new PrintWriter(text, true));

    log.planned(10);
    log.processed(4, 10);
    log.committed(new IngestSummary(2, 0, 1, Map.of(FailureCause.BINARY, 1L)));

    assertThat(text.toString().lines()).containsExactly(
        "ingest: reading 10 inputs",
        "ingest: 4 documents processed; committed 4: ingested 2 (added 2, updated 0), duplicates 1, failed 1 (BINARY 1)");
  }

  @Test
  void summaryLine_countsSkippedArchiveRecordsWhenThereAreSome() {
    IngestSummary summary = new IngestSummary(1, 0, 0, Map.of(),
        Map.of(SkipReason.NOT_TEXT, 2L, SkipReason.NOT_A_RESPONSE, 5L));

    assertThat(IngestRun.summaryLine(summary))
        .isEqualTo("ingested 1 (added 1, updated 0), duplicates 0, failed 0, skipped 7 (NOT_A_RESPONSE 5, NOT_TEXT 2)");
  }

  @Test
  void summaryLine_withoutFailures_hasNoBreakdown() {
    assertThat(IngestRun.summaryLine(new IngestSummary(3, 1, 0, Map.of())))
        .isEqualTo("ingested 4 (added 3, updated 1), duplicates 0, failed 0");
  }
}
