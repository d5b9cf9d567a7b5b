package org.vigie.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private static final long DAY = 86_400;
  private static final String DISPATCH = """
      Le ministre turc de la Défense, Hulusi Akar, est arrivé vendredi à Tripoli pour une visite officielle \
      consacrée à la coopération militaire entre Ankara et le gouvernement d'union nationale.
      Il doit s'entretenir avec le chef du gouvernement, Fayez al-Sarraj, et avec plusieurs responsables \
      militaires, a indiqué un communiqué publié dans la soirée par le ministère turc.
      La Turquie soutient militairement le gouvernement reconnu par l'ONU face aux forces du maréchal \
      Khalifa Haftar, qui contrôlent l'est et une partie du sud du pays.
      Cette visite intervient quelques jours après des frappes aériennes non revendiquées contre la base \
      d'al-Watiya, récemment reprise par les forces loyales au gouvernement.""";
  private static final String OTHER = """
      Le conseil municipal a adopté mardi soir le budget de la commune après un long débat sur les dépenses \
      d'entretien des écoles et des routes.
      Le maire a salué un vote responsable, tandis que l'opposition a dénoncé une hausse des impôts locaux \
      qu'elle juge injustifiée dans le contexte actuel.""";

  private static DuplicateDetector detector() {
    return new DuplicateDetector(DuplicateDetector.Settings.defaults(), new Random(42));
  }

  @Test
  void add_sameTextOtherSpacingAndCase_exactDuplicate() {
    DuplicateDetector detector = detector();
    assertThat(detector.add("a", 0, DISPATCH)).isEmpty();
    assertThat(detector.add("b", 10, DISPATCH.toUpperCase().replace("\n", "\n\n"))).contains("a");
  }

  @Test
  void add_copyWithBoilerplateAndParagraphCut_nearDuplicate() {
    DuplicateDetector detector = detector();
    detector.add("afp", 0, DISPATCH);
    String copy = "Partager sur Facebook Partager sur Twitter\n"
        + DISPATCH.substring(0, DISPATCH.lastIndexOf('\n')) + "\n© 2020 Le Journal. Tous droits réservés.";
    assertThat(detector.add("site", 60, copy)).contains("afp");
  }

  @Test
  void add_differentArticle_notADuplicate() {
    DuplicateDetector detector = detector();
    detector.add("afp", 0, DISPATCH);
    assertThat(detector.add("council", 60, OTHER)).isEmpty();
  }

  @Test
  void add_earlierCopyArrivesLater_becomesCanonical() {
    DuplicateDetector detector = detector();
    detector.add("late", 100, DISPATCH);
    assertThat(detector.add("early", 50, DISPATCH)).isEmpty();
    assertThat(detector.add("third", 200, DISPATCH)).contains("early");
    assertThat(detector.canonicalOf("late")).isEqualTo("early");
  }

  @Test
  void add_sameTimeCopies_firstSeenStaysCanonical() {
    DuplicateDetector detector = detector();
    detector.add("b", 100, DISPATCH);
    assertThat(detector.add("a", 100, DISPATCH)).contains("b");
    assertThat(detector.canonicalOf("a")).isEqualTo("b");
  }

  @Test
  void add_copyAfterTheWindow_notMatched() {
    DuplicateDetector detector = new DuplicateDetector(new DuplicateDetector.Settings(120, 2, 0.85, 8,
        Duration.ofDays(30), 1000), new Random(42));
    detector.add("old", 0, DISPATCH);
    detector.add("filler", 40 * DAY, OTHER);
    assertThat(detector.add("new", 41 * DAY, DISPATCH)).isEmpty();
    assertThat(detector.size()).isEqualTo(2);
  }

  @Test
  void add_sameIdAgain_sameAnswer() {
    DuplicateDetector detector = detector();
    detector.add("a", 0, DISPATCH);
    assertThat(detector.add("b", 10, DISPATCH)).contains("a");
    assertThat(detector.add("b", 10, DISPATCH)).contains("a");
    assertThat(detector.size()).isEqualTo(2);
  }

  @Test
  void readFrom_writtenState_findsTheSameCopies() throws IOException {
    DuplicateDetector detector = detector();
    detector.add("afp", 0, DISPATCH);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    detector.writeTo(new DataOutputStream(bytes));

    // The stored seeds are used, so the old signatures still compare with new ones.
    DuplicateDetector restored = DuplicateDetector.readFrom(new DataInputStream(new ByteArrayInputStream(
        bytes.toByteArray())), DuplicateDetector.Settings.defaults());
    assertThat(restored.add("copy", 10, DISPATCH + "\nLire aussi : nos autres articles sur la Libye.")).contains("afp");
  }
}
