package org.vigie.pipeline;

import java.util.Objects;
import org.vigie.model.Article;
import org.vigie.model.RawDocument;

/** What the pipeline made of one raw document: an article, or the document kept with its failure. */
public sealed interface Processed permits Processed.Accepted, Processed.Rejected {

  RawDocument raw();

  record Accepted(RawDocument raw, Article article) implements Processed {
    public Accepted {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(article, "article");
    }
  }

  record Rejected(RawDocument raw, Failure failure) implements Processed {
    public Rejected {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(failure, "failure");
    }
  }
}
