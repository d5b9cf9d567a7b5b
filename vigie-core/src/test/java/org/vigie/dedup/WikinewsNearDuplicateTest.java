package org.vigie.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.vigie.testing.SharedData;

/**
 * Republished copies of real Wikinews articles (CC BY 2.5, Wikinews contributors, en.wikinews.org and
 * fr.wikinews.org; changed here as described): other boilerplate, an edited title, a paragraph added
 * or removed. Every copy is grouped with its original, and no two different articles are grouped.
 */
class WikinewsNearDuplicateTest {
  private static final long HOUR = 3_600;
  private static final int ARTICLES_PER_FILE = 250;

  /** A corpus article: title and paragraphs. */
  private record Original(String id, String title, List<String> paragraphs) {
    String body() {
      return String.join("\n", paragraphs);
    }
  }

  @Test
  void add_republishedVariants_groupedWithTheirOriginalOnly() throws IOException {
    List<Original> originals = new ArrayList<>();
    originals.addAll(read(SharedData.require("corpus/wikinews-en/wikinews-en-2019-2020.jsonl"), "en"));
    originals.addAll(read(SharedData.require("corpus/wikinews-fr/winer-fr-2016-2018.jsonl"), "fr"));
    assertThat(originals).hasSizeGreaterThan(200);
    DuplicateDetector detector = new DuplicateDetector(DuplicateDetector.Settings.defaults(), new Random(7));
    Random random = new Random(11);

    List<String> groupedOriginals = new ArrayList<>();
    for (int i = 0; i < originals.size(); i++) {
      Original original = originals.get(i);
      if (detector.add(original.id(), i * HOUR, original.body()).isPresent()) {
        groupedOriginals.add(original.id());
      }
    }
    assertThat(groupedOriginals).as("different articles grouped as copies").isEmpty();

    List<String> missed = new ArrayList<>();
    long time = originals.size() * HOUR;
    for (int i = 0; i < originals.size(); i++) {
      Original original = originals.get(i);
      Original unrelated = originals.get((i + 1 + random.nextInt(originals.size() - 1)) % originals.size());
      for (Variant variant : Variant.values()) {
        String copy = variant.apply(original, unrelated, random);
        String copyId = original.id() + "~" + variant;
        java.util.Optional<String> grouped = detector.add(copyId, time++, copy);
        if (!grouped.equals(java.util.Optional.of(original.id()))) {
          missed.add(copyId + " grouped with " + grouped.orElse("nothing"));
        }
      }
    }
    assertThat(missed).as("copies not grouped with their original").isEmpty();
  }

  /** The ways a republisher changes a wire article. */
  private enum Variant {
    OTHER_BOILERPLATE {
      @Override
      String apply(Original original, Original unrelated, Random random) {
        return "Share on Facebook | Tweet | Email\nAdvertisement\n" + original.body()
            + "\nCopyright 2024 The Daily Example. All rights reserved. This material may not be published,"
            + " broadcast, rewritten or redistributed.\nRelated: more stories from our newsroom";
      }
    },
    EDITED_TITLE {
      @Override
      String apply(Original original, Original unrelated, Random random) {
        // The title is not compared; the body arrives as the original's, under "UPDATE: <title>".
        return original.body();
      }
    },
    PARAGRAPH_ADDED {
      @Override
      String apply(Original original, Original unrelated, Random random) {
        List<String> paragraphs = new ArrayList<>(original.paragraphs());
        String added = unrelated.paragraphs().get(random.nextInt(unrelated.paragraphs().size()));
        paragraphs.add(1 + random.nextInt(paragraphs.size() - 1), added);
        return String.join("\n", paragraphs);
      }
    },
    PARAGRAPH_REMOVED {
      @Override
      String apply(Original original, Original unrelated, Random random) {
        List<String> paragraphs = new ArrayList<>(original.paragraphs());
        paragraphs.remove(1 + random.nextInt(paragraphs.size() - 1));
        return String.join("\n", paragraphs);
      }
    };

    abstract String apply(Original original, Original unrelated, Random random);
  }

  /**
   * The first articles of a corpus file with at least four paragraphs: a copy of a one- or
   * two-paragraph brief that loses a paragraph is no longer the same text.
   */
  private static List<Original> read(Path file, String prefix) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<Original> originals = new ArrayList<>();
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = reader.readLine()) != null && originals.size() < ARTICLES_PER_FILE) {
        JsonNode node = json.readTree(line);
        List<String> paragraphs = Arrays.stream(node.path("text").asText().split("\n"))
            .map(String::strip).filter(p -> p.length() > 40).toList();
        if (paragraphs.size() >= 4) {
          originals.add(new Original(prefix + n, node.path("title").asText(), paragraphs));
        }
        n++;
      }
    }
    return originals;
  }
}
