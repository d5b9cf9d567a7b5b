package org.vigie.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.quotes.QuoteShapes.quotes;
import static org.vigie.quotes.QuoteShapes.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Quote;

/** Each shape of English quote and speaker the issue names. */
class EnglishQuotesTest {

  @Test
  void quoteThenSpeakerThenSaid() {
    Quote quote = starting(quotes("en", "\"We will rebuild the school,\" Mayor Ann Lee said on Monday."), "We will");
    assertThat(quote.speaker()).contains("Ann Lee");
    assertThat(quote.cue()).contains("said");
    assertThat(quote.text()).isEqualTo("We will rebuild the school,");
  }

  @Test
  void saidThenSpeaker_inverted() {
    assertThat(starting(quotes("en", "“It is a disgrace,” said Senator John Smith, a Republican."), "It is")
        .speaker()).contains("John Smith");
  }

  @Test
  void splitQuote_bothPartsOneSpeaker() {
    List<Quote> quotes = quotes("en", "\"Coal isn't the villain,\" he said. \"Excess carbon is.\"");
    assertThat(quotes).extracting(Quote::text).containsExactly("Coal isn't the villain,", "Excess carbon is.");
  }

  @Test
  void pronounSpeaker_resolvedToThePersonNamedBefore() {
    List<Quote> quotes = quotes("en", "Barack Obama flew to Midway Atoll last week.",
        "\"And they're terrifying,\" he said in a recent interview.");
    assertThat(starting(quotes, "And they're terrifying").speaker()).contains("Barack Obama");
  }

  @Test
  void accordingTo_reportedSpeech() {
    Quote quote = starting(quotes("en", "The plant will close in March, according to a statement from Acme Corp."),
        "The plant will close");
    assertThat(quote.direct()).isFalse();
    assertThat(quote.speaker()).contains("Acme Corp");
  }

  @Test
  void toldReporters_contentStartsAtThat() {
    Quote quote = starting(quotes("en", "The governor told reporters that the roads would reopen."), "that the roads");
    assertThat(quote.text()).isEqualTo("that the roads would reopen");
    assertThat(quote.speaker()).contains("The governor");
  }

  @Test
  void partialQuote_insideReportedSpeech() {
    Quote quote = starting(quotes("en", "Cruz said he has had \"areas of significant disagreement\" with Trump."),
        "areas of significant");
    assertThat(quote.direct()).isTrue();
    assertThat(quote.speaker()).contains("Cruz");
  }

  @Test
  void colonAtTheEndOfAParagraph_quoteInTheNext() {
    List<Quote> quotes = quotes("en", "In a statement, the White House said:",
        "\"The president will not sign this bill.\"");
    assertThat(starting(quotes, "The president will not").speaker()).contains("White House");
  }

  @Test
  void otherLanguages_passUnchanged() {
    assertThat(quotes("de", "„Wir bauen die Schule wieder auf“, sagte der Bürgermeister.")).isEmpty();
  }
}
