package org.vigie.app;

import java.io.PrintWriter;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code vigie show ID}: one stored article in full. */
@Command(name = "show", sortOptions = false,
    description = "Print one stored article: title, section, date, language, captions and body, then what Vigie read in it"
        + " (countries, focus place, entities, places, dates, quotes, events).")
final class ShowCommand extends Subcommand {
  @Parameters(paramLabel = "ID", description = "the article's id, as search prints it")
  private String id;

  @Option(names = "--json", description = "the full record as JSON (the shape of the API and of export)")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = out();
    try (ArticleStore store = openExistingStore()) {
      Article article = store.get(id).orElseThrow(() -> CommandFailure.failed("no article with id " + id));
      if (json) {
        out.println(ArticleJson.writePretty(article));
      } else {
        ArticleText.print(article, out);
      }
    }
    return 0;
  }
}
