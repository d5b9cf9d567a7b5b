package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.entities.TokenSpan;
import org.vigie.model.EntityType;

class NerDatasetTest {
  @TempDir Path temp;

  private NerDataset read(String name, String text) throws IOException {
    Path file = temp.resolve(name);
    Files.writeString(file, text);
    return NerDataset.read(file);
  }

  @Test
  void read_conllWithDocumentMarks_documentsSentencesAndNames() throws IOException {
    NerDataset dataset = read("val.conllu", """
        0\t-DOCSTART-\tO

        0\tWest\tB-MISC
        1\tIndian\tI-MISC
        2\tPhil\tB-PER
        3\tSimmons\tI-PER

        0\tLONDON\tB-LOC

        0\t-DOCSTART-\tO

        0\tSomerset\tB-ORG
        """);
    assertThat(dataset.format()).isEqualTo(NerDataset.Format.CONLL);
    assertThat(dataset.documents()).hasSize(2);
    assertThat(dataset.documents().getFirst().sentences()).hasSize(2);
    assertThat(dataset.documents().getFirst().sentences().getFirst().names())
        .containsExactly(new TokenSpan(0, 2, EntityType.MISC), new TokenSpan(2, 4, EntityType.PER));
    assertThat(dataset.tokenCount()).isEqualTo(6);
  }

  @Test
  void read_conllWithoutDocumentMarks_eachSentenceItsOwnDocument() throws IOException {
    NerDataset dataset = read("val.conllu", "0\tParis\tB-LOC\n\n0\tRome\tB-LOC\n");
    assertThat(dataset.documents()).hasSize(2);
  }

  @Test
  void read_iob1_insideAfterOutsideStartsName() throws IOException {
    NerDataset dataset = read("iob1.txt",
        "Phil NNP I-NP I-PER\nSimmons NNP I-NP I-PER\nand CC O O\nLara NNP I-NP I-PER\n");
    assertThat(dataset.documents().getFirst().sentences().getFirst().names())
        .containsExactly(new TokenSpan(0, 2, EntityType.PER), new TokenSpan(3, 4, EntityType.PER));
  }

  @Test
  void read_hipe_coarseTypesMappedSentenceMarkInsideNameIgnored() throws IOException {
    String header = "TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT"
        + "\tNEL-METO\tMISC\n";
    NerDataset dataset = read("hipe.tsv", header + """
        # hipe2022:document_id = EXP-1
        # hipe2022:language = fr
        par\tO\tO\tO\tO\tO\tO\t_\t_\t_
        M\tB-pers\tO\tO\tO\tO\tO\t_\t_\tNoSpaceAfter
        .\tI-pers\tO\tO\tO\tO\tO\t_\t_\tEndOfSentence
        Hagenbeck\tI-pers\tO\tO\tO\tO\tO\t_\t_\t_
        en\tO\tO\tO\tO\tO\tO\t_\t_\t_
        1888\tB-time\tO\tO\tO\tO\tO\t_\t_\tEndOfSentence
        Munich\tB-loc\tO\tO\tO\tO\tO\t_\t_\t_
        """);
    assertThat(dataset.format()).isEqualTo(NerDataset.Format.HIPE);
    assertThat(dataset.language()).contains("fr");
    List<NerDataset.Sentence> sentences = dataset.documents().getFirst().sentences();
    assertThat(sentences).hasSize(2);
    assertThat(sentences.getFirst().names()).containsExactly(new TokenSpan(1, 4, EntityType.PER));
    assertThat(sentences.getFirst().spaceAfter().get(1)).isFalse();
    assertThat(sentences.get(1).names()).containsExactly(new TokenSpan(0, 1, EntityType.LOC));
  }

  @Test
  void score_exactMatchOnly_perTypeAndOverall() {
    NerScore score = new NerScore(Set.of(EntityType.PER, EntityType.LOC));
    score.add(List.of(new TokenSpan(0, 2, EntityType.PER), new TokenSpan(3, 4, EntityType.LOC)),
        List.of(new TokenSpan(1, 2, EntityType.PER), new TokenSpan(3, 4, EntityType.LOC),
            new TokenSpan(5, 6, EntityType.MISC)));
    assertThat(score.of(EntityType.PER)).isEqualTo(new NerScore.Counts(0, 1, 1));
    assertThat(score.of(EntityType.LOC)).isEqualTo(new NerScore.Counts(1, 1, 1));
    assertThat(score.overall().f1()).isEqualTo(0.5);
  }
}
