package org.vigie.time;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Words of one kind in one language ("lundi" → Monday, "soirée" → evening) and the regular
 * expression alternation that finds them. Lookups ignore case and accents, and the alternation
 * accepts the words with or without their accents, since crawled text often loses them.
 */
final class Vocabulary<T> {
  private final Map<String, T> byFolded;
  private final String alternation;

  private Vocabulary(Map<String, T> byFolded, Set<String> forms) {
    this.byFolded = Map.copyOf(byFolded);
    this.alternation = Alternation.of(forms);
  }

  static <T> Builder<T> builder() {
    return new Builder<>();
  }

  Optional<T> get(String written) {
    return written == null ? Optional.empty() : Optional.ofNullable(byFolded.get(fold(written)));
  }

  /** The words as a regular expression ({@link Alternation}), without a capturing group. */
  String alternation() {
    return alternation;
  }

  /** Lower case without accents, curly apostrophes straightened and runs of space or hyphens as one space. */
  static String fold(String word) {
    return AbsoluteDates.fold(word).replace('’', '\'').replaceAll("[\\s\\-]+", " ").trim();
  }

  static final class Builder<T> {
    private final Map<String, T> byFolded = new HashMap<>();
    private final Set<String> forms = new LinkedHashSet<>();

    @SafeVarargs
    final Builder<T> add(T value, String... words) {
      for (String word : words) {
        byFolded.put(fold(word), value);
        forms.add(word);
        forms.add(AbsoluteDates.fold(word));
      }
      return this;
    }

    Vocabulary<T> build() {
      return new Vocabulary<>(byFolded, forms);
    }
  }
}
