package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A PolNeAR article: its text ({@code text/NAME.txt}) and its attributions from the BRAT standoff
 * file of the alphabetically first annotator ({@code attributions/NAME_ANNOTATOR.ann}), each with
 * its content fragments and, when it has one, its source fragments. Offsets are {@code String}
 * indices of the text.
 */
record PolnearDocument(String name, String text, List<Gold> attributions) {

  /** One gold attribution. */
  public record Gold(List<SpanMatching.Range> content, List<SpanMatching.Range> source) {
    public Gold {
      content = List.copyOf(content);
      source = List.copyOf(source);
    }

    /** Content with a quotation mark: a direct or mixed quote. */
    public boolean direct(String text) {
      return content.stream().map(r -> text.substring(r.start(), r.end()))
          .anyMatch(t -> t.indexOf('"') >= 0 || t.indexOf('“') >= 0 || t.indexOf('”') >= 0);
    }
  }

  public PolnearDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }

  /** Every article of a PolNeAR split directory (with {@code text/} and {@code attributions/}), by name. */
  public static List<PolnearDocument> readAll(Path dir) throws IOException {
    Path texts = dir.resolve("text");
    Path annotations = dir.resolve("attributions");
    if (!Files.isDirectory(texts) || !Files.isDirectory(annotations)) {
      throw new IOException(dir + " has no text/ and attributions/ folders: not a PolNeAR split");
    }
    Map<String, Path> firstAnnotator = new TreeMap<>();
    try (Stream<Path> files = Files.list(annotations)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".ann")).sorted().toList()) {
        String base = file.getFileName().toString();
        String name = base.substring(0, base.lastIndexOf('_'));
        firstAnnotator.putIfAbsent(name, file);
      }
    }
    List<PolnearDocument> documents = new ArrayList<>();
    for (Map.Entry<String, Path> entry : firstAnnotator.entrySet()) {
      Path text = texts.resolve(entry.getKey() + ".txt");
      if (Files.isRegularFile(text)) {
        documents.add(new PolnearDocument(entry.getKey(), Files.readString(text, StandardCharsets.UTF_8),
            parse(Files.readAllLines(entry.getValue(), StandardCharsets.UTF_8))));
      }
    }
    return documents;
  }

  private static List<Gold> parse(List<String> lines) {
    Map<String, List<SpanMatching.Range>> spans = new HashMap<>();
    List<Gold> gold = new ArrayList<>();
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (fields.length >= 2 && fields[0].startsWith("T")) {
        String[] labelAndRanges = fields[1].split(" ", 2);
        if (labelAndRanges.length == 2) {
          spans.put(fields[0], ranges(labelAndRanges[1]));
        }
      }
    }
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (fields.length < 2 || !fields[0].startsWith("E")) {
        continue;
      }
      List<SpanMatching.Range> content = new ArrayList<>();
      List<SpanMatching.Range> source = new ArrayList<>();
      for (String role : fields[1].split(" ")) {
        int colon = role.indexOf(':');
        if (colon < 0) {
          continue;
        }
        String name = role.substring(0, colon);
        List<SpanMatching.Range> ranges = Optional.ofNullable(spans.get(role.substring(colon + 1))).orElse(List.of());
        if (name.startsWith("Content")) {
          content.addAll(ranges);
        } else if (name.equals("Source")) {
          source.addAll(ranges);
        }
      }
      if (!content.isEmpty()) {
        content.sort(java.util.Comparator.comparingInt(SpanMatching.Range::start));
        gold.add(new Gold(content, source));
      }
    }
    return gold;
  }

  private static List<SpanMatching.Range> ranges(String written) {
    List<SpanMatching.Range> ranges = new ArrayList<>();
    for (String fragment : written.split(";")) {
      String[] offsets = fragment.trim().split(" ");
      if (offsets.length == 2) {
        ranges.add(new SpanMatching.Range(Integer.parseInt(offsets[0]), Integer.parseInt(offsets[1])));
      }
    }
    return ranges;
  }
}
