package org.vigie.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.vigie.model.Article;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/** The extract stage: hands a document to the extractor registered for its media type. */
public final class MediaTypeExtractor implements Stage<RawDocument, Article> {

  /** An extractor and the media types it reads ("text/plain"). */
  public record Route(List<String> mediaTypes, Stage<RawDocument, Article> extractor) {
    public Route {
      mediaTypes = List.copyOf(mediaTypes);
      Objects.requireNonNull(extractor, "extractor");
    }
  }

  private final List<Route> routes;

  public MediaTypeExtractor(List<Route> routes) {
    this.routes = List.copyOf(routes);
  }

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public Outcome<Article> apply(RawDocument raw) {
    String type = raw.mediaType().toLowerCase(Locale.ROOT).split(";")[0].strip();
    for (Route route : routes) {
      if (route.mediaTypes().contains(type)) {
        return withStated(route.extractor().apply(raw), raw.stated());
      }
    }
    return Outcome.failed(FailureCause.UNSUPPORTED_TYPE, "no extractor reads " + type + " documents yet");
  }

  /** The page's own date wins; the date a feed or record states comes next, before any inference. */
  private static Outcome<Article> withStated(Outcome<Article> outcome, RawDocument.Stated stated) {
    if (outcome instanceof Outcome.Done<Article> done && done.value().published().isEmpty()
        && stated.published().isPresent()) {
      return Outcome.done(done.value().withPublished(stated.published().get()));
    }
    return outcome;
  }
}
