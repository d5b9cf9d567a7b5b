package org.vigie.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.vigie.entities.TokenSpan;
import org.vigie.model.EntityType;

/** The bare CoreNLP taggers: what they read, and that one loaded model serves many threads. */
class CoreNlpNameRecognizerTest {
  private static final CoreNlpNameRecognizer TAGGER = CoreNlpNameRecognizer.shared();

  private static final List<List<String>> ENGLISH = List.of(
      List.of("Turkish", "Defence", "Minister", "Hulusi", "Akar", "arrived", "in", "Tripoli", "on", "Friday", "."),
      List.of("Leicestershire", "beat", "Somerset", "by", "an", "innings", "."),
      List.of("The", "United", "Nations", "backs", "the", "government", "in", "Tripoli", "."));

  @Test
  void recognize_englishSentence_personAndPlace() {
    List<TokenSpan> names = TAGGER.recognize("en", List.of(ENGLISH.getFirst())).getFirst();
    assertThat(names).contains(new TokenSpan(3, 5, EntityType.PER), new TokenSpan(7, 8, EntityType.LOC));
  }

  @Test
  void recognize_frenchSentence_personAndPlace() {
    List<String> sentence = List.of("Le", "ministre", "turc", "Hulusi", "Akar", "est", "arrivé", "à", "Tripoli", ".");
    List<TokenSpan> names = TAGGER.recognize("fr", List.of(sentence)).getFirst();
    assertThat(names).contains(new TokenSpan(3, 5, EntityType.PER), new TokenSpan(8, 9, EntityType.LOC));
  }

  @Test
  void recognize_manyThreadsAtOnce_sameAsOneThread() throws Exception {
    List<List<TokenSpan>> sequential = TAGGER.recognize("en", ENGLISH);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<TokenSpan>>>> futures = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        futures.add(pool.submit(() -> TAGGER.recognize("en", ENGLISH)));
      }
      for (Future<List<List<TokenSpan>>> future : futures) {
        assertThat(future.get()).isEqualTo(sequential);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void recognize_languageWithoutModel_refused() {
    assertThat(TAGGER.languages()).containsExactlyInAnyOrder("fr", "en");
    assertThatThrownBy(() -> TAGGER.recognize("de", List.of(List.of("Berlin"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
