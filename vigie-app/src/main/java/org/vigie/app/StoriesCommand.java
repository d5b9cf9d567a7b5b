package org.vigie.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.ArticleStore;
import org.vigie.store.FacetCount;
import org.vigie.store.InvalidQueryException;
import org.vigie.store.StoryListing;
import org.vigie.store.StorySummary;
import org.vigie.store.StoryTimeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigie stories [--country CC] [--entity ID] [--since WHEN] [--sort size|latest]}: the stories
 * in the index, each with its size, outlets, languages and dates; {@code vigie stories show ID}: one
 * story's articles in publication order.
 */
@Command(name = "stories", sortOptions = false,
    description = {"List the stories (articles of several outlets and languages about one happening): the biggest"
        + " or the latest, of a country, an entity or a period.", "'vigie stories show ID' tells one story in order."},
    subcommands = {StoriesCommand.Show.class})
final class StoriesCommand extends Subcommand {
  @Option(names = "--country", paramLabel = "CC", description = "stories with articles about this country (LY)")
  private String country;

  @Option(names = "--entity", paramLabel = "ID", description = "stories with articles naming this entity")
  private String entity;

  @Option(names = "--since", paramLabel = "WHEN",
      description = "stories with articles published since: a date (2020-07-01), a date and time, or a time ago"
          + " (30m, 24h, 7d, 2w)")
  private String since;

  @Option(names = "--query", paramLabel = "QUERY", description = "stories with articles that match this search")
  private String query;

  @Option(names = "--sort", paramLabel = "size|latest", defaultValue = "size",
      description = "most matching articles first, or latest article first (default: ${DEFAULT-VALUE})")
  private String sort;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most N stories (default: ${DEFAULT-VALUE})")
  private int limit;

  @Option(names = "--json", description = "one JSON object per story and line: id, title, articles, outletCount,"
      + " outlets, languages, firstSeen, lastSeen")
  private boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) {
      throw CommandFailure.badUsage("--limit must be at least 1", null);
    }
    StoryListing.Order order = switch (sort.strip().toLowerCase(Locale.ROOT)) {
      case "size" -> StoryListing.Order.SIZE;
      case "latest" -> StoryListing.Order.LATEST;
      default -> throw CommandFailure.badUsage("--sort must be size or latest, not \"" + sort + "\"", null);
    };
    StoryListing.Filter filter;
    try {
      Optional<Instant> from = Optional.ofNullable(since).map(s -> StoryListing.Filter.since(s, vigie().clock()));
      filter = new StoryListing.Filter(Optional.ofNullable(country), Optional.ofNullable(entity), from,
          Optional.ofNullable(query).orElse(""));
    } catch (IllegalArgumentException e) {
      throw CommandFailure.badUsage(e.getMessage(), e);
    }
    PrintWriter out = out();
    try (ArticleStore store = openExistingStore()) {
      List<StorySummary> stories;
      try {
        stories = new StoryListing(store).list(filter, order, limit);
      } catch (InvalidQueryException e) {
        throw CommandFailure.badUsage(e.getMessage(), e);
      }
      for (StorySummary story : stories) {
        if (json) {
          out.println(ArticleJson.mapper().writeValueAsString(StoryJson.summary(story)));
        } else {
          out.println(story.id() + "  " + facts(story));
          out.println("    " + story.title());
        }
      }
      if (!json) {
        out.println(stories.isEmpty() ? "no stories" : stories.size() + (stories.size() == 1 ? " story" : " stories"));
      }
    }
    return 0;
  }

  /** "3 articles · 2 outlets · fr, en · 2020-07-03 → 2020-07-05" (no outlets when none is known). */
  static String facts(StorySummary story) {
    String languages = String.join(", ", story.languages().stream().map(FacetCount::value).toList());
    String first = story.firstSeen().orElse("?");
    String last = story.lastSeen().orElse("?");
    int outlets = story.outlets().size();
    return story.articles() + (story.articles() == 1 ? " article" : " articles")
        + (outlets == 0 ? "" : " · " + outlets + (outlets == 1 ? " outlet" : " outlets"))
        + (languages.isEmpty() ? "" : " · " + languages) + " · " + (first.equals(last) ? first : first + " → " + last);
  }

  /** {@code vigie stories show ID}. */
  @Command(name = "show", sortOptions = false,
      description = "Tell one story: its articles in publication order, with outlet, language and date; copies of"
          + " another article (republished wire copy) are marked.")
  static final class Show implements Callable<Integer> {
    @ParentCommand
    private StoriesCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "the story's id, as 'vigie stories' prints it")
    private String id;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "1000",
        description = "at most N articles (default: ${DEFAULT-VALUE})")
    private int limit;

    @Option(names = "--json", description = "one JSON object: the story's summary and its entries in order")
    private boolean json;

    @Override
    public Integer call() throws IOException {
      if (limit < 1 || limit > org.vigie.store.SearchRequest.MAX_LIMIT) {
        throw CommandFailure.badUsage("--limit must be from 1 to " + org.vigie.store.SearchRequest.MAX_LIMIT, null);
      }
      PrintWriter out = spec.commandLine().getOut();
      try (ArticleStore store = parent.openExistingStore()) {
        StoryTimeline timeline = new StoryListing(store).timeline(id, 0, limit)
            .orElseThrow(() -> CommandFailure.failed("no story with id " + id + "; 'vigie stories' lists them"));
        if (json) {
          out.println(ArticleJson.mapper().writerWithDefaultPrettyPrinter()
              .writeValueAsString(StoryJson.timeline(timeline)));
          return 0;
        }
        StorySummary story = timeline.summary();
        out.println(story.title());
        out.println(story.id() + "  " + facts(story));
        out.println();
        for (Article article : timeline.articles()) {
          String date = article.published().map(p -> p.value()).orElse("----------");
          out.println(date + "  " + article.language().orElse("--") + "  " + article.outlet().orElse("—") + "  "
              + article.title());
          out.println("    " + article.id() + article.grouping().duplicateOf().map(d -> "  (copy of " + d + ")")
              .orElse(""));
        }
        long shown = timeline.articles().size();
        out.println(shown < story.articles() ? "showing " + shown + " of " + story.articles() + " articles (see --limit)"
            : shown + (shown == 1 ? " article" : " articles") + ", " + timeline.copies()
                + (timeline.copies() == 1 ? " copy" : " copies") + " of another");
      }
      return 0;
    }
  }
}
