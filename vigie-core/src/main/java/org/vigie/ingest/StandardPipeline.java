package org.vigie.ingest;

import java.time.InstantSource;
import java.util.List;
import org.vigie.extract.CrawledTextExtractor;
import org.vigie.extract.html.HtmlExtractor;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.PlaceStage;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.pipeline.Pipeline;
import org.vigie.time.PublicationDateEstimator;

/** The pipeline that {@code vigie ingest} runs: extract, language, publication date, places. */
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
    return new Pipeline(extractor, List.of(languages, new PublicationDateEstimator(clock),
        new PlaceStage(gazetteer)));
  }
}
