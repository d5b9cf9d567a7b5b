package org.vigie.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import org.vigie.json.ArticleJson;
import org.vigie.store.ArticleStore;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.SearchHit;
import org.vigie.store.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie search QUERY}: full text over titles, bodies, captions and sections. */
@Command(name = "search", sortOptions = false,
    description = {"Search the stored articles (title, body, captions; French and English stemming, accents ignored).",
        "Words are ANDed; \"phrases\", OR, NOT, +word and -word work as in Lucene's classic syntax.",
        "Filters: country:LY person:\"Khalifa Haftar\" org:… place:… lang:fr source:… story:ID entity:ID",
        "after:2020-07-01 before:2020-08 date:2020-07 mentioned:2020-07-03 event:visit event:fight event:19 title:…"
            + " body:… caption:…"})
final class SearchCommand extends Subcommand {
  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "the words to look for")
  private List<String> words;

  @Option(names = "--json", description = "one JSON object per hit and line: id, title, score, published, language,"
      + " source, snippet")
  private boolean json;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "at most N hits (default: ${DEFAULT-VALUE})")
  private int limit;

  @Option(names = "--newest", description = "newest first instead of most relevant first")
  private boolean newest;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw CommandFailure.badUsage("--limit must be at least 1", null);
    }
    String query = String.join(" ", words);
    PrintWriter out = out();
    try (ArticleStore store = openExistingStore()) {
      SearchResults results;
      try {
        results = store.search(query, limit, newest);
      } catch (InvalidQueryException e) {
        throw CommandFailure.badUsage(e.getMessage(), e);
      }
      if (json) {
        for (SearchHit hit : results.hits()) {
          out.println(jsonLine(hit));
        }
      } else {
        printHuman(out, query, results);
      }
    }
    return 0;
  }

  private static String jsonLine(SearchHit hit) throws JsonProcessingException {
    return ArticleJson.mapper().writeValueAsString(SearchHitJson.toTree(hit));
  }

  private static void printHuman(PrintWriter out, String query, SearchResults results) {
    if (results.hits().isEmpty()) {
      out.println("no article matches " + query);
      return;
    }
    for (SearchHit hit : results.hits()) {
      String date = hit.article().published().map(p -> p.value()).orElse("----------");
      out.println(hit.article().id() + "  " + date + "  " + hit.article().title());
      out.println("    " + plainSnippet(hit.snippet()));
    }
    out.println(results.hits().size() < results.total()
        ? "showing " + results.hits().size() + " of " + results.total() + " matching articles (see --limit)"
        : results.total() + (results.total() == 1 ? " matching article" : " matching articles"));
  }

  /** The snippet on one line, without the highlighter's markup and escapes, which a terminal would print as is. */
  static String plainSnippet(String snippet) {
    String text = snippet.replace("<b>", "").replace("</b>", "").replace("&lt;", "<").replace("&gt;", ">")
        .replace("&quot;", "\"").replace("&#x27;", "'").replace("&#x2F;", "/").replace("&amp;", "&");
    return text.replaceAll("\\s+", " ").strip();
  }
}
