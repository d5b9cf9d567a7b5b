package org.vigie.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Precision;
import org.vigie.model.Published;

/**
 * An endless, seeded stream of news-like articles in time order, for scale runs: events that
 * outlets cover for a few days with their own words, names and numbers over a Zipf-distributed
 * background vocabulary, and about one article in ten a wire copy of a recent one under another
 * title and with other boilerplate. Nothing here is meant to be read; it exercises the same code
 * paths with the same shapes as real text (a few hundred words, a few hundred distinct features).
 */
public final class SyntheticNews {
  private static final int VOCABULARY = 50_000;
  private static final int RECENT_EVENTS = 3_000;
  private static final int RECENT_BODIES = 1_000;

  private final Random random;
  private final String[] words;
  private final double[] zipf;
  private final long start;
  private final long step;
  private final List<String[]> events = new ArrayList<>();
  private final List<List<Block>> bodies = new ArrayList<>();
  private long count;

  /**
   * @param start epoch second of the first article
   * @param perDay articles a day, spread evenly
   */
  public SyntheticNews(Random random, long start, int perDay) {
    this.random = random;
    this.start = start;
    this.step = Math.max(1, 86_400L / perDay);
    this.words = new String[VOCABULARY];
    for (int i = 0; i < VOCABULARY; i++) {
      words[i] = word(4 + random.nextInt(6));
    }
    this.zipf = new double[VOCABULARY];
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      sum += 1.0 / (i + 1);
      zipf[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      zipf[i] /= sum;
    }
  }

  /** The time of the article {@link #next} will return. */
  public long nextTime() {
    return start + count * step;
  }

  public Article next() {
    long time = nextTime();
    long n = count++;
    String id = "g" + n;
    Optional<Published> published = Optional.of(new Published(java.time.Instant.ofEpochSecond(time)
        .atOffset(java.time.ZoneOffset.UTC).toString(), Precision.SECOND, false));
    if (!bodies.isEmpty() && random.nextInt(10) == 0) {
      List<Block> original = bodies.get(random.nextInt(bodies.size()));
      List<Block> copy = new ArrayList<>(original);
      copy.add(Block.paragraph("Follow " + capital(words[random.nextInt(200)]) + " on social media for more news."));
      return article(id, "Copy: " + original.getFirst().text().substring(0, 30), copy, published);
    }
    String[] event;
    if (events.isEmpty() || random.nextInt(10) < 3) {
      event = new String[12];
      for (int i = 0; i < 8; i++) {
        event[i] = words[1_000 + random.nextInt(VOCABULARY - 1_000)];
      }
      for (int i = 8; i < 11; i++) {
        event[i] = capital(words[1_000 + random.nextInt(VOCABULARY - 1_000)]);
      }
      event[11] = Integer.toString(10 + random.nextInt(100_000));
      if (events.size() >= RECENT_EVENTS) {
        events.set(random.nextInt(RECENT_EVENTS), event);
      } else {
        events.add(event);
      }
    } else {
      event = events.get(events.size() - 1 - (int) Math.min(events.size() - 1, Math.abs(random.nextGaussian() * 300)));
    }
    StringBuilder title = new StringBuilder(event[8]);
    for (int i = 0; i < 5; i++) {
      title.append(' ').append(random.nextInt(3) == 0 ? event[random.nextInt(12)] : background());
    }
    List<Block> body = new ArrayList<>();
    int paragraphs = 3 + random.nextInt(6);
    for (int p = 0; p < paragraphs; p++) {
      StringBuilder text = new StringBuilder();
      int length = 25 + random.nextInt(30);
      for (int w = 0; w < length; w++) {
        text.append(w == 0 ? "" : " ").append(random.nextInt(5) == 0 ? event[random.nextInt(12)] : background());
      }
      body.add(Block.paragraph(text.append('.').toString()));
    }
    if (bodies.size() >= RECENT_BODIES) {
      bodies.set(random.nextInt(RECENT_BODIES), body);
    } else {
      bodies.add(body);
    }
    return article(id, title.toString(), body, published);
  }

  private String background() {
    int index = java.util.Arrays.binarySearch(zipf, random.nextDouble());
    return words[Math.min(VOCABULARY - 1, index < 0 ? -index - 1 : index)];
  }

  private static Article article(String id, String title, List<Block> body, Optional<Published> published) {
    return new Article(id, Optional.empty(), "synthetic:" + id, Optional.of("outlet" + (id.hashCode() & 63)),
        Optional.empty(), title, Optional.empty(), published, Optional.of("en"), body, List.of(), List.of(), id);
  }

  private String word(int length) {
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private static String capital(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
