package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;

class BenchCommandTest {
  @TempDir Path temp;

  @Test
  void warc_synthetic_reportEndsWithOneJsonLine() throws Exception {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "warc", "--pages", "30", "--dir", temp.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("dataset").asText()).isEqualTo("warc");
    assertThat(figures.get("items").asLong()).isEqualTo(90);
    assertThat(figures.get("files").get(1).get("liveHeapMbByTenth")).hasSize(10);
    assertThat(result.out()).contains("records/s");
  }

  @Test
  void ner_conllFileWithRaw_sideBySideReportEndsWithOneJsonLine() throws Exception {
    java.nio.file.Path file = temp.resolve("tiny.conll");
    java.nio.file.Files.writeString(file, "-DOCSTART- O\n\nHulusi B-PER\nAkar I-PER\nvisited O\nTripoli B-LOC\n. O\n\n"
        + "Akar B-PER\nleft O\n. O\n");
    java.nio.file.Path out = temp.resolve("pred.tsv");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "ner", file.toString(), "--raw", "--language", "en",
        "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("tokens").asInt()).isEqualTo(8);
    assertThat(figures.get("f1").asDouble()).isGreaterThan(0.5);
    assertThat(figures.get("raw").has("f1")).isTrue();
    assertThat(java.nio.file.Files.readAllLines(out)).contains("Hulusi\tB-PER\tB-PER", "");
  }

  @Test
  void ner_languageWithoutModel_badUsage() throws Exception {
    java.nio.file.Path file = temp.resolve("tiny.conll");
    java.nio.file.Files.writeString(file, "Berlin B-LOC\n");
    assertThat(Cli.run(temp.resolve("data"), "bench", "ner", file.toString(), "--language", "de").exitCode())
        .isEqualTo(2);
  }

  @Test
  void pipeline_folderOfTwoDocuments_stageTableAndOneJsonLine() throws Exception {
    Path folder = Files.createDirectories(temp.resolve("docs"));
    Files.writeString(folder.resolve("dispatch.txt"), "Flooding closes roads around Lyon\n\nLYON, March 2 - Heavy"
        + " rain flooded the Rhône valley on Monday and closed several roads around Lyon, the prefecture said.\n");
    Files.writeString(folder.resolve("blank.txt"), " \n");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "pipeline", folder.toString(), "--languages", "fr,en");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("items").asInt()).isEqualTo(2);
    assertThat(figures.get("articles").asInt()).isEqualTo(1);
    assertThat(figures.get("failures").get("EMPTY").asInt()).isEqualTo(1);
    assertThat(figures.get("stages").get("events").get("calls").asInt()).isEqualTo(1);
    assertThat(result.out()).contains("no recogniser", "load average");
  }

  @Test
  void pipeline_missingFolder_badUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "pipeline", temp.toString(),
        temp.resolve("nope").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no documents at").contains("nope");
  }

  @Test
  void bench_withoutWhat_badUsage() {
    assertThat(Cli.run(temp.resolve("data"), "bench").exitCode()).isEqualTo(2);
  }

  @Test
  void extract_missingDataset_badUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "extract", temp.resolve("nope").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no dataset directory");
  }

  @Test
  void stories_dataset_reportAndPredictions() throws Exception {
    Path dataset = temp.resolve("stories.jsonl");
    java.nio.file.Files.writeString(dataset, """
        {"id": "1", "cluster": "a", "date": "2020-01-01", "title": "Floods in Porto", "text": "Heavy rain flooded Porto."}
        {"id": "2", "cluster": "a", "date": "2020-01-01", "title": "Porto flooded", "text": "Heavy rain flooded Porto."}
        {"id": "3", "cluster": "b", "date": "2020-01-02", "title": "Budget vote", "text": "The council voted the budget."}
        """);
    Path predictions = temp.resolve("pred.jsonl");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "stories", dataset.toString(), "--out",
        predictions.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("items").asInt()).isEqualTo(3);
    assertThat(figures.get("f1").asDouble()).isEqualTo(1.0);
    assertThat(java.nio.file.Files.readAllLines(predictions)).hasSize(3);
  }

  @Test
  void stories_generated_ratesByTenth() throws Exception {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "stories", "--generate", "200");

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("items").asInt()).isEqualTo(200);
    assertThat(figures.get("perSecondByTenth")).hasSize(10);
  }

  @Test
  void stories_noDataset_badUsage() {
    assertThat(Cli.run(temp.resolve("data"), "bench", "stories").exitCode()).isEqualTo(2);
  }

  @Test
  void time_timeMlFolder_scoresAndWritesOneLinePerExpression() throws Exception {
    Path dir = Files.createDirectories(temp.resolve("tml"));
    Files.writeString(dir.resolve("2002-02-09-0001.tml"), """
        <?xml version='1.0' encoding='UTF-8'?>
        <TimeML>
        <DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t1" type="DATE" value="2002-02-09" /></DCT>
        <TEXT>Le président est <EVENT eid="e1">arrivé</EVENT> <TIMEX3 tid="t2" type="DATE" value="2002-02-08">hier</TIMEX3> \
        à Salt Lake City &amp; il repartira <TIMEX3 tid="t3" type="DATE" value="2002-02-11">lundi</TIMEX3>.</TEXT>
        </TimeML>
        """, StandardCharsets.UTF_8);
    Path out = temp.resolve("times.jsonl");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "time", dir.toString(), "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("dataset").asText()).isEqualTo("tml");
    assertThat(figures.get("expressions").asInt()).isEqualTo(2);
    assertThat(figures.get("relaxed").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(figures.get("valueAccuracy").asDouble()).isEqualTo(1.0);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(2);
    JsonNode first = ArticleJson.mapper().readTree(lines.getFirst());
    assertThat(first.get("doc").asText()).isEqualTo("2002-02-09-0001.tml");
    assertThat(first.get("text").asText()).isEqualTo("hier");
    assertThat(first.get("start").asInt()).isEqualTo("Le président est arrivé ".length());
    assertThat(first.get("value").asText()).isEqualTo("2002-02-08");
    assertThat(first.get("type").asText()).isEqualTo("DATE");
  }

  @Test
  void quotes_polnearFolder_scoresDirectAndAll() throws Exception {
    Path dir = temp.resolve("polnear");
    Files.createDirectories(dir.resolve("text"));
    Files.createDirectories(dir.resolve("attributions"));
    String text = "Mayor backs plan\n\n\"We will build it,\" the mayor said on Monday.\n";
    Files.writeString(dir.resolve("text/paper_2016-09-08_plan.txt"), text, StandardCharsets.UTF_8);
    int quoteEnd = text.indexOf(" the mayor");
    int source = text.indexOf("the mayor");
    Files.writeString(dir.resolve("attributions/paper_2016-09-08_plan_ab12.ann"),
        "T1\tContent " + text.indexOf('"') + " " + quoteEnd + "\t\"We will build it,\"\n"
            + "T2\tSource " + source + " " + (source + 9) + "\tthe mayor\n"
            + "T3\tCue " + (source + 10) + " " + (source + 14) + "\tsaid\n"
            + "E1\tAttribution:T3 Content:T1 Cue:T3 Source:T2\n", StandardCharsets.UTF_8);
    Path out = temp.resolve("quotes.jsonl");

    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "quotes", dir.toString(), "--out", out.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    JsonNode figures = ArticleJson.mapper().readTree(result.outLines().getLast());
    assertThat(figures.get("direct").get("f1").asDouble()).isEqualTo(1.0);
    assertThat(figures.get("direct").get("speakerAccuracy").asDouble()).isEqualTo(1.0);
    assertThat(figures.get("all").get("gold").asInt()).isEqualTo(1);
    JsonNode line = ArticleJson.mapper().readTree(Files.readAllLines(out).getFirst());
    assertThat(line.get("doc").asText()).isEqualTo("paper_2016-09-08_plan");
    assertThat(line.get("start").asInt()).isEqualTo(text.indexOf('"'));
    assertThat(line.get("speakerStart").asInt()).isEqualTo(source);
    assertThat(line.get("direct").asBoolean()).isTrue();
  }

  @Test
  void time_missingFolder_badUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "time", temp.resolve("nope").toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no TimeML folder");
  }

  @Test
  void quotes_folderWithoutPolnearLayout_badUsage() {
    Cli.Result result = Cli.run(temp.resolve("data"), "bench", "quotes", temp.toString());
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no PolNeAR split");
  }
}
