package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.json.ArticleJson;

/** The acceptance check on the real seed: ingest it, find it by "Tripoli", show its record. */
class SeedTest {
  private static final String SEED_TITLE = "Le ministre turc de la Défense et son chef d'état-major à Tripoli";

  @TempDir
  Path data;

  @Test
  void ingestThenSearch_findsTheSeedArticleByTripoli() throws Exception {
    Optional<Path> seed = Fixtures.sharedSeed();
    Assumptions.assumeTrue(seed.isPresent(), "no shared/seed directory beside the repository; skipping the seed check");

    Cli.Result ingest = Cli.ingest(data, seed.get());
    Cli.Result search = Cli.run(data, "search", "Tripoli", "--json");

    assertThat(ingest.exitCode()).isZero();
    assertThat(ingest.out()).startsWith("ingested 1 (added 1, updated 0)");
    assertThat(search.exitCode()).isZero();
    assertThat(search.outLines()).hasSize(1);
    JsonNode hit = ArticleJson.mapper().readTree(search.outLines().get(0));
    assertThat(hit.get("title").asText()).isEqualTo(SEED_TITLE);
    assertThat(hit.get("language").asText()).isEqualTo("fr");

    Cli.Result show = Cli.run(data, "show", hit.get("id").asText(), "--json");
    JsonNode record = ArticleJson.mapper().readTree(show.out());
    assertThat(record.get("section").asText()).isEqualTo("Dernières Infos - Libye");
    assertThat(record.get("body")).hasSize(4);
    assertThat(record.at("/captions/0/credit").asText()).isEqualTo("AFP /TURKISH DEFENCE MINISTRY");
    assertThat(show.out()).doesNotContain("Rechercher");

    // The events of EXPECTED.md are in the record, and an analyst can filter on their types.
    assertThat(record.get("events").findValuesAsText("type")).contains("visit", "agreement signed",
        "offensive launched");
    assertThat(Cli.run(data, "search", "event:visit", "--json").outLines()).hasSize(1);
    assertThat(Cli.run(data, "search", "event:fight Haftar", "--json").outLines()).hasSize(1);
    assertThat(Cli.run(data, "search", "event:arrest", "--json").outLines()).isEmpty();
  }
}
