package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.testing.SharedData;

/**
 * Quality floors on the development sets of issue 7, without the benchmarks' warm-up: FR-TimeBank
 * 2002 (HeidelTime: relaxed F1 0.905, value accuracy 0.80) and PolNeAR dev. Skipped without ../shared.
 */
class DevSetQualityTest {

  @Test
  void timeBank2002_beatsTheTargets() throws IOException {
    TimeBenchmark.Report report = new TimeBenchmark(false).run(SharedData.require("eval/time/fr-timebank-2002"), "fr",
        Optional.empty());
    assertThat(report.relaxed().f1()).isGreaterThanOrEqualTo(0.90);
    assertThat(report.strict().f1()).isGreaterThanOrEqualTo(0.862);
    assertThat(report.valueAccuracy()).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void polnearDev_directQuotesMeetTheTargets() throws IOException {
    QuoteBenchmark.Report report = new QuoteBenchmark(false).run(SharedData.require("eval/quotes/polnear"),
        Optional.empty());
    assertThat(report.direct().overlap().f1()).isGreaterThanOrEqualTo(0.85);
    assertThat(report.direct().speakerAccuracy()).isGreaterThanOrEqualTo(0.80);
  }
}
