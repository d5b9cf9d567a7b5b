package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.testing.SharedData;

class ZyteScoreTest {

  @Test
  void tokens_unicodeWords_asPythonsBackslashW() {
    assertThat(ZyteScore.tokens("L'été, 2020: naïve_word — Москва 東京タワー!"))
        .containsExactly("L", "été", "2020", "naïve_word", "Москва", "東京タワー");
  }

  @Test
  void tokens_combiningMarksAndNumbers_splitAsPythonDoes() {
    // U+0301 (a combining accent) is not \w in Python; U+00B2 (superscript two) is.
    assertThat(ZyteScore.tokens("cafe\u0301 x\u00B2 हिन्दी")).containsExactly("cafe", "x\u00B2", "ह", "न", "द");
  }

  @Test
  void page_identicalTexts_perfect() {
    ZyteScore.PageScore page = ZyteScore.page("a", "one two three four five", "one two  three\nfour five");

    assertThat(page.precision()).isEqualTo(1.0);
    assertThat(page.recall()).isEqualTo(1.0);
    assertThat(page.exact()).isTrue();
  }

  @Test
  void page_shortTexts_areOneShingle() {
    assertThat(ZyteScore.page("a", "two words", "two words").precision()).isEqualTo(1.0);
    assertThat(ZyteScore.page("a", "two words", "two other").precision()).isEqualTo(0.0);
  }

  @Test
  void page_extraText_lowersPrecisionOnly() {
    ZyteScore.PageScore page = ZyteScore.page("a", "a b c d e", "a b c d e f g");

    assertThat(page.recall()).isEqualTo(1.0);
    assertThat(page.precision()).isCloseTo(2.0 / 4.0, within(1e-12));
  }

  @Test
  void summarise_emptyPrediction_countsForRecallNotPrecision() {
    List<ZyteScore.PageScore> pages = List.of(ZyteScore.page("a", "a b c d e", "a b c d e"),
        ZyteScore.page("b", "a b c d e", ""));

    ZyteScore.Summary summary = ZyteScore.summarise(pages);

    assertThat(summary.precision()).isEqualTo(1.0);
    assertThat(summary.recall()).isEqualTo(0.5);
    assertThat(summary.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-12));
    assertThat(summary.accuracy()).isEqualTo(0.5);
  }

  /** The Java scorer prints what score_extraction.py prints, on real pages and shuffled predictions. */
  @Test
  void summarise_agreesWithPythonScorer(@TempDir Path predictions) throws Exception {
    Path dataset = SharedData.require("eval/extraction/zyte-article-extraction-benchmark");
    Path scorer = SharedData.require("tools/score_extraction.py");
    ExtractionDataset pages = ExtractionDataset.open(dataset);
    List<ZyteScore.PageScore> scores = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      ExtractionDataset.Page page = pages.pages().get(i);
      // Predictions of several kinds: exact, another page's truth, a prefix, empty.
      String prediction = switch (i % 4) {
        case 0 -> page.truth();
        case 1 -> pages.pages().get(i + 1).truth();
        case 2 -> page.truth().substring(0, page.truth().length() / 2) + " extra words here";
        default -> "";
      };
      Files.writeString(predictions.resolve(page.id() + ".txt"), prediction, StandardCharsets.UTF_8);
      scores.add(ZyteScore.page(page.id(), page.truth(), prediction));
    }
    // The Python scorer reads every page of the dataset; the others count as missing (empty).
    for (int i = 12; i < pages.pages().size(); i++) {
      scores.add(ZyteScore.page(pages.pages().get(i).id(), pages.pages().get(i).truth(), ""));
    }
    ZyteScore.Summary java = ZyteScore.summarise(scores);

    String json = runPython(scorer, predictions, dataset);

    assertThat(number(json, "precision")).isCloseTo(java.precision(), within(1e-9));
    assertThat(number(json, "recall")).isCloseTo(java.recall(), within(1e-9));
    assertThat(number(json, "f1")).isCloseTo(java.f1(), within(1e-9));
    assertThat(number(json, "accuracy")).isCloseTo(java.accuracy(), within(1e-9));
  }

  private static String runPython(Path scorer, Path predictions, Path dataset) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("python3", scorer.toString(), predictions.toString(), dataset.toString(), "--json")
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "skipped: python3 is not available");
      throw e;
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assumeTrue(process.waitFor(60, TimeUnit.SECONDS) && process.exitValue() == 0, "skipped: the Python scorer failed: " + out);
    return out;
  }

  private static double number(String json, String field) throws IOException {
    return new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).get(field).asDouble();
  }
}
