package org.vigie.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.bench.NerBenchmark;
import org.vigie.bench.NerDataset;
import org.vigie.entities.DocumentNames;
import org.vigie.entities.TokenSentence;
import org.vigie.testing.SharedData;

/**
 * A quick floor on a slice of the CoNLL-2003 development set: Vigie's recogniser scores above the
 * bare tagger and above a fixed F1. The full figures come from {@code vigie bench ner}.
 */
class QualityFloorTest {
  private static final int DOCUMENTS = 40;

  @Test
  void conllSlice_vigieAboveBareTaggerAndFloor() throws IOException {
    Path file = SharedData.require("eval/ner/conll2003-en/val.conllu");
    NerDataset full = NerDataset.read(file);
    NerDataset slice = new NerDataset(full.name(), full.format(), full.language(),
        full.documents().subList(0, DOCUMENTS));
    CoreNlpNameRecognizer tagger = CoreNlpNameRecognizer.shared();
    DocumentNames names = new DocumentNames(tagger);
    NerBenchmark.Tagger vigie = (language, document) -> names.recognize(language,
        document.sentences().stream().map(s -> new TokenSentence(s.tokens(), s.spaceAfter())).toList(),
        DocumentNames.Extent.NAME);
    NerBenchmark.Tagger bare = (language, document) -> tagger.recognize(language, document.tokens());

    NerBenchmark.Report report = new NerBenchmark().withoutWarmUp().run(slice, "en", vigie, Optional.of(bare),
        Optional.empty());

    double vigieF1 = report.vigie().score().overall().f1();
    assertThat(vigieF1).isGreaterThan(report.raw().orElseThrow().score().overall().f1()).isGreaterThan(0.90);
    assertThat(List.of(report.json())).singleElement().asString().contains("\"raw\"");
  }
}
