package org.vigie.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Function;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code vigie export}: every stored article, one JSON object per line. */
@Command(name = "export", sortOptions = false,
    description = {"Write every stored article as JSON Lines: Vigie's own record (jsonl, as 'show --json' and the API)"
        + " or IPTC ninjs 2.1 (ninjs) for newsroom tools."})
final class ExportCommand extends Subcommand {
  enum Format {
    JSONL(ArticleJson::toTree),
    NINJS(Ninjs::toTree);

    private final Function<Article, ObjectNode> mapping;

    Format(Function<Article, ObjectNode> mapping) {
      this.mapping = mapping;
    }

    String line(Article article) throws JsonProcessingException {
      return ArticleJson.mapper().writeValueAsString(mapping.apply(article));
    }
  }

  @Option(names = "--format", paramLabel = "jsonl|ninjs", defaultValue = "jsonl",
      description = "jsonl (Vigie's record) or ninjs (IPTC ninjs 2.1); default: ${DEFAULT-VALUE}")
  private Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
  private Path outFile;

  @Override
  public Integer call() throws Exception {
    try (ArticleStore store = openExistingStore()) {
      if (outFile == null) {
        PrintWriter out = out();
        export(store, out);
        out.flush();
      } else {
        long count = exportToFile(store, outFile.toAbsolutePath());
        err().println("exported " + count + " articles to " + outFile);
      }
    }
    return 0;
  }

  /** Writes beside the target and moves it in place, so that a failed export never looks complete. */
  private long exportToFile(ArticleStore store, Path target) throws IOException {
    Path directory = target.getParent();
    Files.createDirectories(directory);
    Path temp = Files.createTempFile(directory, "." + target.getFileName(), ".part");
    try {
      long count;
      try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        count = export(store, writer);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return count;
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  private long export(ArticleStore store, Writer writer) throws IOException {
    long[] count = {0};
    store.forEachArticle(article -> {
      try {
        writer.write(format.line(article));
        writer.write('\n');
        count[0]++;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return count[0];
  }
}
