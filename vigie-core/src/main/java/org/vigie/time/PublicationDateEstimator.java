package org.vigie.time;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.InstantSource;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * Estimates when an article was published when no source states it: news reports what has just
 * happened, so the latest complete date the text names (captions included) is the best lower
 * bound, and usually the day itself. Dates after the moment of reading are announcements, not
 * reports, and are ignored. The estimate is marked inferred, precision day.
 */
public final class PublicationDateEstimator implements Stage<Article, Article> {
  private final InstantSource clock;

  public PublicationDateEstimator(InstantSource clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return "published";
  }

  @Override
  public Outcome<Article> apply(Article article) {
    if (article.published().isPresent()) {
      return Outcome.done(article);
    }
    return Outcome.done(estimate(article).map(article::withPublished).orElse(article));
  }

  public Optional<Published> estimate(Article article) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
    Stream<LocalDate> captionDates = article.captions().stream().map(Caption::date).flatMap(Optional::stream);
    Stream<LocalDate> textDates = Stream.concat(Stream.of(article.title()), article.body().stream().map(Block::text))
        .flatMap(text -> AbsoluteDates.find(text).stream())
        .map(DateMention::date);
    return Stream.concat(captionDates, textDates)
        .filter(date -> !date.isAfter(today))
        .max(Comparator.naturalOrder())
        .map(date -> new Published(date.toString(), Precision.DAY, true));
  }
}
