package org.vigie.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.SearchHit;

/**
 * One search hit as JSON, the same for {@code vigie search --json} and the API:
 * {@code {"id", "title", "score", "published", "language", "source", "snippet"}}, with
 * {@code published} in the shape of the article record and the matched words of the snippet in
 * {@code <b>…</b>}.
 */
public final class SearchHitJson {
  private SearchHitJson() {}

  public static ObjectNode toTree(SearchHit hit) {
    Article article = hit.article();
    // Taken from the record itself, so that a hit and its article never disagree on a field's shape.
    ObjectNode record = ArticleJson.toTree(article);
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("id", article.id());
    node.put("title", article.title());
    node.put("score", hit.score());
    node.set("published", record.get("published"));
    node.put("language", article.language().orElse(null));
    node.put("source", article.source().orElse(null));
    node.put("snippet", hit.snippet());
    return node;
  }
}
