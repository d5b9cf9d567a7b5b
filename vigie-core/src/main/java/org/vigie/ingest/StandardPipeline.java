package org.vigie.ingest;

import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import org.vigie.entities.EntityLinker;
import org.vigie.entities.EntityRecognition;
import org.vigie.entities.EntityRegistry;
import org.vigie.entities.NameRecognizer;
import org.vigie.events.EventStage;
import org.vigie.extract.CrawledTextExtractor;
import org.vigie.extract.html.HtmlExtractor;
import org.vigie.geo.Gazetteer;
import org.vigie.geo.OutletHomes;
import org.vigie.geo.PlaceStage;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.pipeline.Pipeline;
import org.vigie.quotes.QuoteStage;
import org.vigie.time.PublicationDateEstimator;
import org.vigie.time.TimeExpressionStage;

/**
 * The pipeline that {@code vigie ingest} runs: extract, language, publication date, time expressions
        new EntityRecognition(names), new EntityLinker(registry),
        new PlaceStage(gazetteer, Optional.of(new OutletHomes(gazetteer))), new QuoteStage(), new EventStage(gazetteer)));
 * comes from the caller (the application passes the CoreNLP one), so that the core does not depend
 * on a model library.
 */
public final class StandardPipeline {
  private StandardPipeline() {}

  /** With the gazetteer compiled into Vigie, without name recognition. */
  public static Pipeline create(InstantSource clock, LanguageIdentifier languages) {
    return create(clock, languages, Gazetteer.bundled());
  }

  /** Without name recognition: no mentions or entities. */
  public static Pipeline create(InstantSource clock, LanguageIdentifier languages, Gazetteer gazetteer) {
    return create(clock, languages, gazetteer, NameRecognizer.NONE, EntityRegistry.inMemory());
  }

  /**
   * @param names the sentence-level recogniser; articles in languages it has no model for get no mentions
   * @param registry the entities known across articles, which the caller saves when the run ends
   */
  public static Pipeline create(InstantSource clock, LanguageIdentifier languages, Gazetteer gazetteer,
      NameRecognizer names, EntityRegistry registry) {
    MediaTypeExtractor extractor = new MediaTypeExtractor(List.of(
        new MediaTypeExtractor.Route(List.of("text/plain"), new CrawledTextExtractor()),
        new MediaTypeExtractor.Route(List.of("text/html", "application/xhtml+xml"), new HtmlExtractor())));
    return new Pipeline(extractor, List.of(languages, new PublicationDateEstimator(clock), new TimeExpressionStage(),
        new EntityRecognition(names), new EntityLinker(registry),
        new PlaceStage(gazetteer, Optional.of(new OutletHomes(gazetteer))), new QuoteStage(), new EventStage(gazetteer)));
  }
}
