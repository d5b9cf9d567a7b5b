package org.vigie.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Optional;

/** Small articles written for these tests, in the shape crawlers produce: a title line, then paragraphs. */
public final class Fixtures {
  public static final InstantSource CLOCK = InstantSource.fixed(Instant.parse("2026-01-02T03:04:05Z"));

  static final String LYON_TITLE = "Le conseil municipal de Lyon adopte un budget en hausse pour les transports";
  static final String LYON = LYON_TITLE + """


      Des usagers attendent un tramway place Bellecour, à Lyon, le 14 mars 2023. Photo AFP

      Le conseil municipal de Lyon a adopté jeudi soir un budget de fonctionnement en hausse de huit pour cent, \
      dont la plus grande part ira aux transports en commun et à l'entretien des pistes cyclables de la ville.

      L'opposition a dénoncé une dépense qu'elle juge excessive en période d'inflation, tandis que la majorité a \
      rappelé que la fréquentation des tramways avait augmenté de douze pour cent depuis le début de l'année.

      Le maire a promis que les nouvelles lignes de bus desserviraient en priorité les quartiers périphériques, \
      où les habitants attendent parfois plus de vingt minutes aux heures de pointe.
      """;

  static final String HARBOUR_TITLE = "Harbour authority approves new ferry terminal after two years of debate";
  static final String HARBOUR = HARBOUR_TITLE + """


      The harbour authority of the northern port city approved on Tuesday the construction of a new ferry \
      terminal, ending two years of public hearings, legal challenges and repeated delays over its cost.

      Local fishermen had argued that the larger quays would cut them off from the old market, but the board \
      said a separate landing stage would be kept for their boats throughout the works.

      Construction is expected to begin in the spring and to last about three years, during which the existing \
      terminal will remain open to passengers and freight traffic.
      """;

  /** The first bytes of a PNG file: not text, so ingest must record it as failed. */
  static final byte[] PNG_HEADER = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, '\r', 'I', 'H', 'D', 'R'};

  private static final String[] CITIES = {"Lyon", "Nantes", "Lille", "Rennes", "Grenoble", "Dijon", "Brest", "Metz"};
  private static final String[] TOPICS = {"les transports", "les écoles", "le logement", "les parcs", "la culture"};

  private Fixtures() {}

  /**
   * Two articles (French with a captioned photo, English), a copy of the English one, an empty file
   * and a PNG: three stored articles' worth of input that ingest reports as 2 added, 1 duplicate,
   * 2 failed.
   */
  static Path mixedInput(Path dir) throws IOException {
    Files.createDirectories(dir);
    write(dir.resolve("lyon.txt"), LYON);
    write(dir.resolve("harbour.txt"), HARBOUR);
    write(dir.resolve("harbour-again.txt"), HARBOUR);
    Files.write(dir.resolve("empty.txt"), new byte[0]);
    Files.write(dir.resolve("picture.txt"), PNG_HEADER);
    return dir;
  }

  /** {@code count} distinct short French articles, one per file, each different in title and body. */
  public static Path generatedArticles(Path dir, int count) throws IOException {
    Files.createDirectories(dir);
    for (int i = 0; i < count; i++) {
      String city = CITIES[i % CITIES.length];
      String topic = TOPICS[i % TOPICS.length];
      int amount = 10 + i;
      String text = "Le conseil de " + city + " vote une enveloppe de " + amount + " millions pour " + topic + "\n\n"
          + "Réuni en séance publique mardi soir, le conseil de " + city + " a voté une enveloppe de " + amount
          + " millions d'euros consacrée à " + topic + ", après plus de trois heures de débats parfois vifs entre"
          + " la majorité et l'opposition.\n\n"
          + "Les élus de l'opposition ont estimé que cette somme aurait dû être répartie autrement, tandis que"
          + " l'adjoint chargé des finances a rappelé que le projet numéro " + (1000 + i) + " avait été annoncé"
          + " pendant la campagne.\n\n"
          + "Les premiers travaux doivent commencer à l'automne et les habitants seront consultés lors de"
          + " plusieurs réunions de quartier organisées dans les mairies annexes au cours des prochaines semaines.\n";
      write(dir.resolve(String.format("article-%04d.txt", i)), text);
    }
    return dir;
  }

  static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  /**
   * The {@code shared/seed} directory beside the repository, found by walking up from the working
   * directory (the module directory under Maven), or empty when this checkout has none.
   */
  static Optional<Path> sharedSeed() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path seed = dir.resolve("shared").resolve("seed");
      if (Files.isDirectory(seed)) {
        return Optional.of(seed);
      }
    }
    return Optional.empty();
  }
}
