package org.vigie.pipeline;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.vigie.model.Article;

/**
 * The cross-document step between the per-document pipeline and the store: it sets an article's
 * {@link org.vigie.model.Grouping} (the copy it republishes, the story it belongs to) from what it
 * has seen before. Unlike a {@link Stage} it holds state across documents, which it makes durable
 * in {@link #commit}, called right after each commit of the store.
 */
public interface ArticleGrouper {

  /** Groups nothing: articles go to the store as the pipeline made them. */
  ArticleGrouper NONE = new ArticleGrouper() {
    @Override
    public Article group(Article article) {
      return article;
    }

    @Override
    public void commit() {
      // Nothing to keep.
    }
  };

  /** The article with its grouping set; safe to call from many threads. */
  Article group(Article article);

  /** Makes the grouping state durable; the store's commit has just made the grouped articles so. */
  void commit() throws IOException;

  /**
   * The stories merged since the last call, in the order they merged (an article bridged them):
   * the articles stored under {@code from} belong to {@code into} now, and the store moves them at
   * its next commit. Groupers that never merge have none.
   */
  default List<StoryMerge> takeMerges() {
    return List.of();
  }

  /** A story that went into another. */
  record StoryMerge(String from, String into) {
    public StoryMerge {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(into, "into");
    }
  }
}
