package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vigie.model.Caption;

class CaptionDetectorTest {

  @Test
  void caption_creditWordsAndAgencies_recognised() {
    assertThat(CaptionDetector.caption("Rescue teams search the rubble in Antakya. Photo: Reuters"))
        .map(Caption::credit).hasValue(java.util.Optional.of("Reuters"));
    assertThat(CaptionDetector.caption("Le président à l'Élysée, mardi. Crédit : Jean Dupont / Hans Lucas"))
        .map(Caption::credit).hasValue(java.util.Optional.of("Jean Dupont / Hans Lucas"));
    assertThat(CaptionDetector.caption("Protesters gather in the capital on Sunday. Mahmud Turkia/AFP via Getty Images"))
        .map(Caption::credit).hasValue(java.util.Optional.of("Mahmud Turkia/AFP via Getty Images"));
    assertThat(CaptionDetector.caption("Des manifestants à Alger, le 5 mars 2021. © AFP"))
        .map(Caption::credit).hasValue(java.util.Optional.of("AFP"));
  }

  @Test
  void caption_bodySentenceMentioningAnAgency_notACaption() {
    assertThat(CaptionDetector.caption("The ministry told AFP that talks would resume. Officials declined to comment further."))
        .isEmpty();
    assertThat(CaptionDetector.caption("Le GNA a mis en échec l'offensive. Selon l'AFP, les combats ont cessé")).isEmpty();
  }

  @Test
  void caption_longParagraph_neverACaption() {
    String paragraph = "Word ".repeat(150) + ". Photo AFP";
    assertThat(CaptionDetector.caption(paragraph)).isEmpty();
  }

  @Test
  void standaloneCredit_creditLines() {
    assertThat(CaptionDetector.standaloneCredit("© Reuters")).contains("Reuters");
    assertThat(CaptionDetector.standaloneCredit("AFP PHOTO / MAHMUD TURKIA")).contains("AFP PHOTO / MAHMUD TURKIA");
    assertThat(CaptionDetector.standaloneCredit("The talks resumed in Geneva.")).isEmpty();
  }

  @Test
  void caption_bracketedCreditWithoutFullStop_recognised() {
    assertThat(CaptionDetector.caption("China has warned it will not sit on its hands (Image: GETTY )"))
        .hasValueSatisfying(c -> {
          assertThat(c.text()).isEqualTo("China has warned it will not sit on its hands");
          assertThat(c.credit()).contains("GETTY");
        });
    assertThat(CaptionDetector.caption("Rescue teams search the rubble. (Photo: Reuters)"))
        .map(Caption::credit).hasValue(java.util.Optional.of("Reuters"));
  }

  @Test
  void caption_creditGluedToTheFullStop_recognised() {
    assertThat(CaptionDetector.caption("The road to retiring early isn't easy.Kathrin Ziegler/Getty"))
        .map(Caption::credit).hasValue(java.util.Optional.of("Kathrin Ziegler/Getty"));
  }

  @Test
  void caption_bracketedAsideThatIsNoCredit_notACaption() {
    assertThat(CaptionDetector.caption("The council met on Friday (the third time this month)")).isEmpty();
  }
}
