package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.testing.SharedData;

/**
 * A floor under place resolution on the dev sets of ../shared/eval/geo, so that a change that
 * breaks it is noticed; the figures themselves are the benchmark's ({@code vigie bench places}).
 */
class PlacesQualityTest {
  private static PlacesBenchmark benchmark;

  @BeforeAll
  static void load() {
    benchmark = new PlacesBenchmark();
  }

  @Test
  void lgl_goldSpans_aboveFloor() throws IOException {
    GeoDataset lgl = GeoDataset.read(SharedData.require("eval/geo/lgl"));
    PlacesBenchmark.Report report = benchmark.run(lgl, true, Optional.empty());
    assertThat(report.accuracy161()).isGreaterThan(0.845);
  }

  @Test
  void geoWebNews_goldSpansAndEndToEnd_aboveFloor() throws IOException {
    GeoDataset gwn = GeoDataset.read(SharedData.require("eval/geo/geowebnews"));
    assertThat(benchmark.run(gwn, true, Optional.empty()).accuracy161()).isGreaterThan(0.89);
    PlacesBenchmark.Report endToEnd = benchmark.run(gwn, false, Optional.empty());
    assertThat(endToEnd.found()).isGreaterThan(670);
    assertThat(endToEnd.accuracy161()).isGreaterThan(0.95);
  }
}
