package org.vigie.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * A directory of pages with their true article text, in one of two layouts:
 * <ul>
 *   <li><b>Zyte</b> (scrapinghub/article-extraction-benchmark): {@code ground-truth.json} mapping
 *       each id to its {@code articleBody} and {@code url}, pages in {@code html/<id>.html};
 *   <li><b>Mozilla</b> (mozilla/readability test pages): one folder per page, {@code source.html},
 *       {@code expected.html} (whose text, block elements split, is the truth) and {@code
 *       expected-metadata.json}.
 * </ul>
 */
public record ExtractionDataset(Path directory, Layout layout, List<Page> pages) {

  public enum Layout { ZYTE, MOZILLA }

  /** One page: where its markup is, its URL when known, its true body text and expected metadata. */
  public record Page(String id, Path html, Optional<URI> url, String truth, Optional<ExpectedMetadata> expected) {}

  public ExtractionDataset {
    pages = List.copyOf(pages);
  }

  public static ExtractionDataset open(Path directory) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    Path groundTruth = directory.resolve("ground-truth.json");
    if (Files.isRegularFile(groundTruth)) {
      List<Page> pages = new ArrayList<>();
      JsonNode root = mapper.readTree(groundTruth.toFile());
      List<String> ids = new ArrayList<>();
      root.fieldNames().forEachRemaining(ids::add);
      ids.sort(null);
      for (String id : ids) {
        JsonNode item = root.get(id);
        Path html = directory.resolve("html").resolve(id + ".html");
        if (Files.isRegularFile(html)) {
          pages.add(new Page(id, html, url(item.path("url").asText("")), item.path("articleBody").asText(""),
              Optional.empty()));
        }
      }
      return new ExtractionDataset(directory, Layout.ZYTE, pages);
    }
    List<Page> pages = new ArrayList<>();
    try (var children = Files.list(directory)) {
      for (Path dir : children.sorted().toList()) {
        Path source = dir.resolve("source.html");
        if (!Files.isRegularFile(source)) {
          continue;
        }
        Path expectedHtml = dir.resolve("expected.html");
        String truth = Files.isRegularFile(expectedHtml) ? blockText(Files.readString(expectedHtml)) : "";
        Path metadata = dir.resolve("expected-metadata.json");
        Optional<ExpectedMetadata> expected = Files.isRegularFile(metadata)
            ? Optional.of(expected(mapper.readTree(metadata.toFile()))) : Optional.empty();
        pages.add(new Page(dir.getFileName().toString(), source, Optional.empty(), truth, expected));
      }
    }
    if (pages.isEmpty()) {
      throw new IOException(directory + " holds neither ground-truth.json nor <id>/source.html pages");
    }
    return new ExtractionDataset(directory, Layout.MOZILLA, pages);
  }

  public String name() {
    return directory.getFileName() == null ? directory.toString() : directory.getFileName().toString();
  }

  private static Optional<URI> url(String value) {
    try {
      return value.isBlank() ? Optional.empty() : Optional.of(URI.create(value));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static ExpectedMetadata expected(JsonNode node) {
    return new ExpectedMetadata(text(node, "title"), text(node, "byline"), text(node, "lang"), text(node, "siteName"),
        text(node, "publishedTime"));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() || value.asText().isBlank() ? Optional.empty() : Optional.of(value.asText());
  }

  private static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "br", "caption",
      "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
      "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
  private static final Set<String> SKIP_TAGS = Set.of("script", "style", "noscript", "template");

  /**
   * The text of an HTML fragment with a line break at each block element, white space folded and
   * empty lines dropped: what {@code score_extraction.py} takes as a readability page's truth.
   */
  static String blockText(String html) {
    StringBuilder out = new StringBuilder();
    Element root = Jsoup.parseBodyFragment(html).body();
    NodeTraversor.filter(new NodeFilter() {
      @Override
      public FilterResult head(Node node, int depth) {
        if (node instanceof TextNode text) {
          out.append(text.getWholeText());
        } else if (node instanceof Element e) {
          if (SKIP_TAGS.contains(e.normalName())) {
            return FilterResult.SKIP_ENTIRELY;
          }
          if (BLOCK_TAGS.contains(e.normalName())) {
            out.append('\n');
          }
        }
        return FilterResult.CONTINUE;
      }

      @Override
      public FilterResult tail(Node node, int depth) {
        if (node instanceof Element e && BLOCK_TAGS.contains(e.normalName())) {
          out.append('\n');
        }
        return FilterResult.CONTINUE;
      }
    }, root);
    List<String> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      String folded = line.strip().replaceAll("\\s+", " ");
      if (!folded.isEmpty()) {
        lines.add(folded);
      }
    }
    return String.join("\n", lines);
  }
}
