package org.vigie.extract;

import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/** The extract stage for plain text: decodes the bytes, cleans the text, builds the article. */
public final class CrawledTextExtractor implements Stage<RawDocument, Article> {
  private final TextDecoder decoder = new TextDecoder();
  private final CrawledTextCleaner cleaner = new CrawledTextCleaner();

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public Outcome<Article> apply(RawDocument raw) {
    return switch (decoder.decode(raw.content(), raw.declaredCharset())) {
      case Outcome.Failed<DecodedText> failed -> Outcome.failed(failed.cause(), failed.message());
      case Outcome.Done<DecodedText> done -> fromText(raw, done.value().text());
    };
  }

  /** Builds an article from already decoded text. */
  public Outcome<Article> fromText(RawDocument raw, String text) {
    if (text.isBlank()) {
      return Outcome.failed(FailureCause.EMPTY, "the document holds only white space");
    }
    CleanedText cleaned = cleaner.clean(text);
    if (cleaned.body().isEmpty() || cleaned.title().isEmpty()) {
      return Outcome.failed(FailureCause.NOT_AN_ARTICLE,
          "no article text found: no line reads as a paragraph of prose");
    }
    String title = cleaned.title().get();
    String hash = ArticleIds.contentHash(title, cleaned.body());
    Optional<String> url = raw.url().map(Object::toString);
    return Outcome.done(new Article(ArticleIds.of(url, hash), url, raw.location().toString(), raw.source(),
        cleaned.section(), title, cleaned.byline(), cleaned.published(), Optional.empty(), cleaned.body(),
        cleaned.captions(), List.of(), hash));
  }
}
