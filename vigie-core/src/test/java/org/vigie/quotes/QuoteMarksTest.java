package org.vigie.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteMarksTest {

  @Test
  void find_everyKindOfMark_oneQuoteEach() {
    String text = "« un », “deux”, \"trois\", ‹ quatre ›, ''cinq'' et „sechs“.";
    assertThat(quoted(text)).containsExactly("« un »", "“deux”", "\"trois\"", "‹ quatre ›", "''cinq''", "„sechs“");
  }

  @Test
  void find_nestedQuotes_partOfTheOuterOne() {
    String text = "« Il m'a dit \"jamais\" puis “non” », a-t-elle raconté.";
    assertThat(quoted(text)).containsExactly("« Il m'a dit \"jamais\" puis “non” »");
  }

  @Test
  void find_apostrophes_noQuotes() {
    assertThat(QuoteMarks.find("L'appui turc, aujourd’hui, isn't ''over'' yet")).hasSize(1);
  }

  @Test
  void find_unclosedQuote_runsToTheEndAndSaysSo() {
    List<QuoteMarks.Quoted> quotes = QuoteMarks.find("« Les travaux commenceront en mars.");
    assertThat(quotes).singleElement().satisfies(q -> assertThat(q.closed()).isFalse());
  }

  @Test
  void find_straightQuoteClosedCurly_oneQuote() {
    assertThat(quoted("\"Oz has a huge bully pulpit,” said David Gorski.")).containsExactly(
        "\"Oz has a huge bully pulpit,”");
  }

  @Test
  void inner_wordsWithoutMarksAndSpaces() {
    String text = "« Nous ne céderons pas »";
    assertThat(QuoteMarks.find(text).getFirst().inner(text).in(text)).isEqualTo("Nous ne céderons pas");
  }

  private static List<String> quoted(String text) {
    return QuoteMarks.find(text).stream().map(q -> q.range().in(text)).toList();
  }
}
