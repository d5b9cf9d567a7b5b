package org.vigie.ingest;

import java.time.InstantSource;
import java.util.List;
import org.vigie.extract.CrawledTextExtractor;
import org.vigie.extract.html.HtmlExtractor;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.PlaceStage;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.pipeline.Pipeline;
import org.vigie.quotes.QuoteStage;
import org.vigie.time.PublicationDateEstimator;
import org.vigie.time.TimeExpressionStage;

/**
 * The pipeline that {@code vigie ingest} runs: extract, language, publication date, time expressions
 * (anchored on the publication date), places, quotes (after the entity stages when there are, since
 * speakers resolve to their entities).
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** With the gazetteer compiled into Vigie. */
  public static Pipeline create(InstantSource clock, LanguageIdentifier languages) {
    return create(clock, languages, Gazetteer.bundled());
  }

  public static Pipeline create(InstantSource clock, LanguageIdentifier languages, Gazetteer gazetteer) {
    MediaTypeExtractor extractor = new MediaTypeExtractor(List.of(
        new MediaTypeExtractor.Route(List.of("text/plain"), new CrawledTextExtractor()),
        new MediaTypeExtractor.Route(List.of("text/html", "application/xhtml+xml"), new HtmlExtractor())));
    return new Pipeline(extractor, List.of(languages, new PublicationDateEstimator(clock), new TimeExpressionStage(),
        new PlaceStage(gazetteer), new QuoteStage()));
  }
}
