package org.vigie.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.Quote;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * The quotes stage: finds who said what in the title and the body of a French or English article.
 * Quoted words become direct quotes, one per quoted stretch (a partial quote inside reported speech
 * included); reported speech without quotes becomes an indirect quote. The speaker is the entity the
 * recogniser linked, when it has run, else the name as written ({@link SpeakerResolver}). Articles
 * in other languages pass unchanged.
 */
public final class QuoteStage implements Stage<Article, Article> {

  @Override
  public String name() {
    return "quotes";
  }

  @Override
  public Outcome<Article> apply(Article article) {
    String code = article.language().orElse("");
    if (!QuoteFinder.reads(code)) {
      return Outcome.done(article);
    }
    List<String> blocks = new ArrayList<>();
    List<SpeakerResolver.Block> places = new ArrayList<>();
    blocks.add(article.title());
    places.add(new SpeakerResolver.Block(SpanTarget.TITLE, 0));
    for (int i = 0; i < article.body().size(); i++) {
      blocks.add(article.body().get(i).text());
      places.add(new SpeakerResolver.Block(SpanTarget.BODY, i));
    }
    QuoteLanguage language = QuoteLanguage.forCode(code);
    SpeakerResolver resolver = new SpeakerResolver(language, blocks, places, article.annotations());
    List<Quote> quotes = new ArrayList<>();
    for (Attribution attribution : QuoteFinder.forLanguage(code).find(blocks)) {
      String text = blocks.get(attribution.block());
      SpeakerResolver.Block place = places.get(attribution.block());
      Optional<String> speaker = resolver.resolve(attribution);
      Optional<String> cue = attribution.cue().map(range -> range.in(text));
      List<TextRange> said = attribution.direct() ? attribution.quoted() : attribution.content();
      for (TextRange range : said) {
        if (!range.isEmpty() && !mainClauseOfARelative(attribution, range, text, language)) {
          quotes.add(new Quote(range.in(text), speaker, cue, attribution.direct(),
              new Span(place.in(), place.index(), range.start(), range.end())));
        }
      }
    }
    return Outcome.done(article.withAnnotations(article.annotations().withQuotes(quotes)));
  }

  /**
   * Words before a cue whose subject is a relative pronoun ("…, le GNA a l'appui de la Turquie contre
   * Haftar, qui a lancé une offensive") belong to the main clause: the relative clause's subject did
   * not say them. What such a cue introduces follows it ("X, qui a affirmé que …").
   */
  private static boolean mainClauseOfARelative(Attribution attribution, TextRange range, String text,
      QuoteLanguage language) {
    return !attribution.direct() && attribution.speaker()
        .filter(speaker -> language.relatives().contains(speaker.written().in(text).toLowerCase(Locale.ROOT)))
        .filter(speaker -> range.end() <= speaker.written().start()).isPresent();
  }
}
