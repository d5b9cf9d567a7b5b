package org.vigie.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.quotes.QuoteShapes.quotes;
import static org.vigie.quotes.QuoteShapes.starting;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Quote;
import org.vigie.model.SpanTarget;

/** Each shape of French quote and speaker the issue names. */
class FrenchQuotesTest {

  @Test
  void guillemets_invertedPronoun_speakerNamedInAnEarlierSentence() {
    List<Quote> quotes = quotes("fr", "Le maire Jean Dupont a visité l'usine lundi. « Nous ne céderons pas », "
        + "a-t-il déclaré.");
    Quote quote = starting(quotes, "Nous ne céderons pas");
    assertThat(quote.direct()).isTrue();
    assertThat(quote.cue()).contains("a-t-il déclaré");
    assertThat(quote.speaker()).contains("Jean Dupont");
  }

  @Test
  void straightQuotes_invertedSubjectAfterTheVerb() {
    Quote quote = starting(quotes("fr", "\"La situation est grave\", a affirmé le ministre Pierre Martin."),
        "La situation est grave");
    assertThat(quote.speaker()).contains("Pierre Martin");
    assertThat(quote.cue()).contains("a affirmé");
  }

  @Test
  void apposition_roleThenName_theName() {
    Quote quote = starting(quotes("fr", "« L'appui se poursuit », a affirmé le vice-ministre libyen de la Défense, "
        + "Salah al-Namrouch, cité dans ce communiqué."), "L'appui se poursuit");
    assertThat(quote.speaker()).contains("Salah al-Namrouch");
  }

  @Test
  void documentThatSpeaks_itsAuthor() {
    Quote quote = starting(quotes("fr", "« Les pourparlers ont porté sur la sécurité », a indiqué un communiqué du GNA."),
        "Les pourparlers");
    assertThat(quote.speaker()).contains("GNA");
  }

  @Test
  void selonAndDapres_reportedSpeechAndTheSameSource() {
    List<Quote> quotes = quotes("fr",
        "Le ministre s'est rendu à Tripoli, selon le GNA.",
        "Les discussions ont porté sur la « coordination » entre les armées, d'après la même source.");
    Quote reported = starting(quotes, "Le ministre s'est rendu à Tripoli");
    assertThat(reported.direct()).isFalse();
    assertThat(reported.cue()).contains("selon");
    assertThat(reported.speaker()).contains("GNA");
    Quote partial = starting(quotes, "coordination");
    assertThat(partial.direct()).isTrue();
    assertThat(partial.text()).isEqualTo("coordination");
    assertThat(partial.speaker()).contains("GNA");
  }

  @Test
  void reportedSpeech_subjectVerbQue() {
    Quote quote = starting(quotes("fr", "Le préfet a précisé que la route resterait fermée jusqu'à lundi."),
        "que la route resterait fermée");
    assertThat(quote.direct()).isFalse();
    assertThat(quote.speaker()).contains("Le préfet");
  }

  @Test
  void multiParagraphQuote_keepsItsSpeaker() {
    List<Quote> quotes = quotes("fr",
        "« Nous allons reconstruire l'école », a déclaré le maire Jean Dupont.",
        "« Les travaux commenceront en mars et dureront un an.",
        "« Chaque famille sera relogée d'ici là. »");
    assertThat(starting(quotes, "Les travaux commenceront").speaker()).contains("Jean Dupont");
    assertThat(starting(quotes, "Chaque famille sera relogée").speaker()).contains("Jean Dupont");
    assertThat(starting(quotes, "Chaque famille").span().index()).isEqualTo(2);
  }

  @Test
  void nestedAndCurlyQuotes_oneQuoteWithItsInnerMarks() {
    Quote quote = starting(quotes("fr", "“Il m'a dit ‹ jamais › deux fois”, raconte Marie Durand."), "Il m'a dit");
    assertThat(quote.text()).isEqualTo("Il m'a dit ‹ jamais › deux fois");
    assertThat(quote.speaker()).contains("Marie Durand");
  }

  @Test
  void speakerBeforeTheVerb_colonThenQuote() {
    Quote quote = starting(quotes("fr", "Le Premier ministre a déclaré : « Nous tiendrons nos engagements. »"),
        "Nous tiendrons");
    assertThat(quote.speaker()).contains("Le Premier ministre");
  }

  @Test
  void incise_tagInsideTheGuillemets_quoteAroundIt() {
    List<Quote> quotes = quotes("fr", "Le maire Jean Dupont a visité l'école. « Nous la reconstruirons, a-t-il "
        + "promis, et les travaux commenceront en mars. »");
    assertThat(quotes).extracting(Quote::text).containsExactly("Nous la reconstruirons",
        "et les travaux commenceront en mars.");
    assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).contains("Jean Dupont"));
  }

  @Test
  void spans_pointIntoTheParagraphs() {
    List<Quote> quotes = quotes("fr", "Rien ici.", "« Nous ne céderons pas », a déclaré Jean Dupont.");
    assertThat(quotes).singleElement().satisfies(q -> {
      assertThat(q.span().in()).isEqualTo(SpanTarget.BODY);
      assertThat(q.span().index()).isEqualTo(1);
      assertThat(q.span().start()).isEqualTo(2);
    });
  }

  @Test
  void scareQuotesWithoutCue_noQuote() {
    assertThat(quotes("fr", "Le film « Les Misérables » sort en salles mercredi.")).isEmpty();
  }
}
