package org.vigie.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vigie.entities.EntityRecognition;
import org.vigie.events.EventStage;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.PlaceStage;
import org.vigie.model.Article;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;
import org.vigie.quotes.QuoteStage;
import org.vigie.testing.EventFixtures;
import org.vigie.time.TimeExpressionStage;

/**
 * The hand-made news sentences of the core's events tests read end to end, names found by the
 * CoreNLP models rather than given: what the events stage makes of them in a real pipeline.
 */
class NewsSentencesCoreNlpTest {
  private static final Gazetteer GAZETTEER = Gazetteer.bundled();
  private static final List<Stage<Article, Article>> STAGES = List.of(new TimeExpressionStage(),
      new EntityRecognition(CoreNlpNameRecognizer.shared()), new PlaceStage(GAZETTEER), new QuoteStage(),
      new EventStage(GAZETTEER));
  private static EventFixtures.Score french;
  private static EventFixtures.Score english;
  private static EventFixtures.Score heldOut;

  @BeforeAll
  static void read() {
    List<EventFixtures.Case> cases = EventFixtures.load();
    french = EventFixtures.score(cases.stream().filter(c -> c.language().equals("fr")).toList(),
        NewsSentencesCoreNlpTest::annotate);
    english = EventFixtures.score(cases.stream().filter(c -> c.language().equals("en")).toList(),
        NewsSentencesCoreNlpTest::annotate);
    heldOut = EventFixtures.score(EventFixtures.heldOut(), NewsSentencesCoreNlpTest::annotate);
    System.out.println("CoreNLP names, French " + french.report());
    System.out.println("CoreNLP names, English " + english.report());
    System.out.println("CoreNLP names, held out " + heldOut.report());
    System.out.println("CoreNLP names, blind " + EventFixtures.score(EventFixtures.blind(),
        NewsSentencesCoreNlpTest::annotate).report());
  }

  private static Article annotate(EventFixtures.Case c) {
    Article article = c.article();
    for (Stage<Article, Article> stage : STAGES) {
      article = ((Outcome.Done<Article>) stage.apply(article)).value();
    }
    return article;
  }

  @Test
  void typeAndActors_withFoundNames_floor() {
    for (EventFixtures.Score score : List.of(french, english, heldOut)) {
      assertThat(score.precision()).as(score.report()).isGreaterThanOrEqualTo(0.9);
      assertThat(score.recall()).as(score.report()).isGreaterThanOrEqualTo(0.9);
    }
  }
}
