package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Block;
import org.vigie.model.Precision;
import org.vigie.model.Published;

/**
 * A story-clustering dataset in JSON Lines: one article a line with {@code id}, {@code title},
 * {@code text} (paragraphs or sentences on separate lines), a gold {@code cluster}, and when known
 * a date ({@code date}, {@code dct} or {@code published}), an outlet ({@code source}) and a
 * language ({@code language}). Other fields are ignored, in particular annotators' summaries of the
 * event, which would leak the answer.
 */
public record ClusteringDataset(String name, List<Item> items) {

  /** One article, its gold cluster, and its time (epoch seconds) in the stream. */
  public record Item(Article article, String cluster, long time) {}

  public ClusteringDataset {
    items = List.copyOf(items);
  }

  /**
   * Reads a dataset and puts it in stream order: by date where there are dates, stable, so that
   * articles of one date and undated ones keep the file's order; an undated article takes the date
   * of the one before it.
   */
  public static ClusteringDataset read(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Item> items = new ArrayList<>();
    long previous = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = json.readTree(line);
        Optional<String> date = text(node, "date").or(() -> text(node, "dct")).or(() -> text(node, "published"));
        Optional<Long> time = date.flatMap(ClusteringDataset::epochSecond);
        long at = time.orElse(previous);
        previous = at;
        items.add(new Item(article(node, date), node.path("cluster").asText(), at));
      }
    }
    List<Item> ordered = new ArrayList<>(items);
    ordered.sort(Comparator.comparingLong(Item::time));
    String name = file.getParent() != null ? file.getParent().getFileName() + "/" + file.getFileName()
        : file.getFileName().toString();
    return new ClusteringDataset(name, ordered);
  }

  private static Article article(JsonNode node, Optional<String> date) {
    String id = node.path("id").asText();
    String title = node.path("title").asText("");
    List<Block> body = node.path("text").asText("").lines().map(String::strip).filter(s -> !s.isEmpty())
        .map(Block::paragraph).toList();
    Optional<Published> published = date.filter(d -> epochSecond(d).isPresent())
        .map(d -> new Published(d, d.length() == 10 ? Precision.DAY : Precision.SECOND, false));
    return new Article(id, text(node, "url"), "dataset:" + id, text(node, "source"), Optional.empty(), title,
        Optional.empty(), published, text(node, "language"), body, List.of(), List.of(),
        ArticleIds.contentHash(title, body));
  }

  private static Optional<Long> epochSecond(String date) {
    try {
      if (date.length() == 10) {
        return Optional.of(LocalDate.parse(date).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
      }
      return Optional.of(OffsetDateTime.parse(date).toEpochSecond());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }
}
