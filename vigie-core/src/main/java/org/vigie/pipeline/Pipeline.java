package org.vigie.pipeline;

import java.util.List;
import java.util.Objects;
import org.vigie.model.Article;
import org.vigie.model.RawDocument;

/**
 * Runs an extractor and then the article stages in order. A stage's failure, or an exception
 * thrown by one (a bug), ends that document's run as a {@link Processed.Rejected}; the caller keeps
 * it. Thread-safe when its stages are.
 */
public final class Pipeline {
  private final Stage<RawDocument, Article> extractor;
  private final List<Stage<Article, Article>> stages;

  public Pipeline(Stage<RawDocument, Article> extractor, List<Stage<Article, Article>> stages) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.stages = List.copyOf(stages);
  }

  /** The same pipeline with each of its stages, the extractor too, wrapped by {@code wrapper}. */
  public Pipeline withEachStage(StageWrapper wrapper) {
    return new Pipeline(wrapper.wrap(extractor), stages.stream().map(wrapper::wrap).toList());
  }

  public Processed process(RawDocument raw) {
    Outcome<Article> current = run(extractor, raw);
    String stageName = extractor.name();
    for (Stage<Article, Article> stage : stages) {
      if (!(current instanceof Outcome.Done<Article> done)) {
        break;
      }
      stageName = stage.name();
      current = run(stage, done.value());
    }
    return switch (current) {
      case Outcome.Done<Article> done -> new Processed.Accepted(raw, done.value());
      case Outcome.Failed<Article> failed ->
          new Processed.Rejected(raw, new Failure(stageName, failed.cause(), failed.message()));
    };
  }

  private static <I, O> Outcome<O> run(Stage<I, O> stage, I input) {
    try {
      Outcome<O> outcome = stage.apply(input);
      return outcome != null ? outcome
          : Outcome.failed(FailureCause.INTERNAL_ERROR, "stage " + stage.name() + " returned nothing");
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      // A bug must not lose the document: record it, keep the bytes, go on with the next one.
      return Outcome.failed(FailureCause.INTERNAL_ERROR, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }
}
