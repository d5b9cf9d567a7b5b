package org.vigie.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * The dates stage: finds the time expressions of the title, the body and the captions in the
 * article's language and normalises them against the publication date, stated or inferred (so it
 * runs after {@link PublicationDateEstimator}). The title and the body are read in order as one
 * narrative, each paragraph starting from the last day the one before named; captions stand alone.
 */
public final class TimeExpressionStage implements Stage<Article, Article> {

  @Override
  public String name() {
    return "times";
  }

  @Override
  public Outcome<Article> apply(Article article) {
    TimeRecognizer recognizer = TimeRecognizer.forLanguage(article.language().orElse(""));
    Optional<LocalDate> anchor = anchor(article.published());
    List<TimeExpression> times = new ArrayList<>();
    Optional<LocalDate> reference = read(recognizer, article.title(), SpanTarget.TITLE, 0, anchor, anchor, times);
    for (int i = 0; i < article.body().size(); i++) {
      reference = read(recognizer, article.body().get(i).text(), SpanTarget.BODY, i, anchor, reference, times);
    }
    for (int i = 0; i < article.captions().size(); i++) {
      read(recognizer, article.captions().get(i).text(), SpanTarget.CAPTION, i, anchor, anchor, times);
    }
    return Outcome.done(article.withAnnotations(article.annotations().withTimes(times)));
  }

  private static Optional<LocalDate> read(TimeRecognizer recognizer, String text, SpanTarget target, int index,
      Optional<LocalDate> anchor, Optional<LocalDate> reference, List<TimeExpression> times) {
    TimeScan scan = recognizer.find(text, anchor, reference);
    for (FoundTime found : scan.times()) {
      times.add(new TimeExpression(found.text(), found.value(), found.type(),
          new Span(target, index, found.start(), found.end())));
    }
    return scan.reference();
  }

  /** The day of the publication date, when it is known to the day. */
  static Optional<LocalDate> anchor(Optional<Published> published) {
    if (published.isEmpty() || published.get().precision().compareTo(Precision.DAY) < 0
        || published.get().value().length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(published.get().value().substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
