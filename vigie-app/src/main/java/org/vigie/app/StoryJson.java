package org.vigie.app;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.FacetCount;
import org.vigie.store.StorySummary;
import org.vigie.store.StoryTimeline;

/**
 * Stories as JSON, the same for {@code vigie stories --json} and the API. A summary is
 * {@code {"id", "title", "articles", "outletCount", "outlets": [{"value", "label", "count"}],
 * "languages": [...], "firstSeen", "lastSeen"}}; a timeline adds {@code "offset", "copies",
 * "entries": [{"id", "title", "published", "language", "outlet", "url", "duplicateOf"}]}, in
 * publication order.
 */
public final class StoryJson {
  private StoryJson() {}

  public static ObjectNode summary(StorySummary story) {
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("id", story.id());
    node.put("title", story.title());
    node.put("articles", story.articles());
    node.put("outletCount", story.outlets().size());
    node.set("outlets", counts(story.outlets()));
    node.set("languages", counts(story.languages()));
    node.put("firstSeen", story.firstSeen().orElse(null));
    node.put("lastSeen", story.lastSeen().orElse(null));
    return node;
  }

  public static ObjectNode timeline(StoryTimeline timeline) {
    ObjectNode node = summary(timeline.summary());
    node.put("offset", timeline.offset());
    node.put("copies", timeline.copies());
    ArrayNode entries = node.putArray("entries");
    timeline.articles().forEach(article -> entries.add(entry(article)));
    return node;
  }

  /** One article of a timeline: enough to list it, and the article it copies when it is a copy. */
  public static ObjectNode entry(Article article) {
    ObjectNode record = ArticleJson.toTree(article);
    ObjectNode node = ArticleJson.mapper().createObjectNode();
    node.put("id", article.id());
    node.put("title", article.title());
    node.set("published", record.get("published"));
    node.put("language", article.language().orElse(null));
    node.put("outlet", article.outlet().orElse(null));
    node.put("url", article.url().orElse(null));
    node.put("duplicateOf", article.grouping().duplicateOf().orElse(null));
    return node;
  }

  public static ArrayNode counts(List<FacetCount> counts) {
    ArrayNode array = ArticleJson.mapper().createArrayNode();
    for (FacetCount count : counts) {
      array.addObject().put("value", count.value()).put("label", count.label()).put("count", count.count());
    }
    return array;
  }
}
