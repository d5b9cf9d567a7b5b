package org.vigie.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.vigie.model.TimeType;

/** Reads a sentence with a recogniser anchored on Friday 3 July 2020 and checks what it finds. */
final class TimeAssertions {
  static final LocalDate ANCHOR = LocalDate.of(2020, 7, 3);

  private final TimeRecognizer recognizer;

  TimeAssertions(String language) {
    this.recognizer = TimeRecognizer.forLanguage(language);
  }

  List<FoundTime> find(String sentence) {
    return recognizer.find(sentence, Optional.of(ANCHOR), Optional.empty()).times();
  }

  /** The expression written {@code text} in the sentence: its value, and its type unless null. */
  void reads(String sentence, String text, String value, TimeType type) {
    assertThat(find(sentence)).as(sentence).anySatisfy(t -> {
      assertThat(t.text()).isEqualTo(text);
      assertThat(t.value()).isEqualTo(value);
      if (type != null) {
        assertThat(t.type()).isEqualTo(type);
      }
    });
  }

  void findsNothingIn(String sentence) {
    assertThat(find(sentence)).as(sentence).isEmpty();
  }
}
