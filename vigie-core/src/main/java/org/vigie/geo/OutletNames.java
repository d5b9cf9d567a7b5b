package org.vigie.geo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The places an outlet is named after, read from its web host: "theparisnews.com" is at home in a
 * Paris, "dallasnews.com" in Dallas, "jordannews.com" in a Jordan. A local paper's home town is the
 * likeliest reading of its own name and of the small towns around it, whatever the population of
 * their famous namesakes, so these names are a weak prior for the resolver from an outlet's first
 * article on, before {@link OutletHomes} has learnt where its articles centre. Words are taken from
 * the host's labels as the longest gazetteer names in them, of four letters or more, that are no
 * common English word and name a country, a state or province, or a town of
 * {@link #NOTABLE_TOWN} people or more. Thread-safe.
 */
public final class OutletNames {
  private static final int MIN_LETTERS = 4;
  static final int NOTABLE_TOWN = 10_000;

  /** The names in the host, folded, and the notable places they name. */
  public record Named(List<String> names, List<Integer> places) {
    public static final Named NONE = new Named(List.of(), List.of());
  }

  private final Gazetteer gazetteer;

  public OutletNames(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** The places named by an outlet's host ({@link OutletHomes#outlet}), none when it names none. */
  public Named of(Optional<String> outlet) {
    if (outlet.isEmpty()) {
      return Named.NONE;
    }
    String[] labels = outlet.get().toLowerCase(Locale.ROOT).split("\\.");
    List<String> names = new ArrayList<>();
    List<Integer> places = new ArrayList<>();
    for (int l = 0; l < labels.length - 1; l++) { // the last label is the top-level domain
      String label = labels[l];
      int i = 0;
      while (i + MIN_LETTERS <= label.length()) {
        int found = longestAt(label, i, places);
        if (found > 0) {
          names.add(label.substring(i, i + found));
          i += found;
        } else {
          i++;
        }
      }
    }
    return names.isEmpty() ? Named.NONE : new Named(List.copyOf(names), List.copyOf(places));
  }

  /** The length of the longest notable name starting at {@code start}, its places added; 0 when none. */
  private int longestAt(String label, int start, List<Integer> places) {
    for (int end = label.length(); end >= start + MIN_LETTERS; end--) {
      String word = label.substring(start, end);
      if (!word.chars().allMatch(Character::isLetter) || gazetteer.isCommonWord(word)) {
        continue;
      }
      List<Integer> notable = gazetteer.lookup(word).stream().filter(h -> !h.alternate() && !h.demonym()
          && !h.abbreviation()).map(NameHit::entry).filter(this::notable).toList();
      if (!notable.isEmpty()) {
        places.addAll(notable);
        return end - start;
      }
    }
    return 0;
  }

  private boolean notable(int entry) {
    return switch (gazetteer.kind(entry)) {
      case COUNTRY -> true;
      case REGION -> !"ADM2".equals(gazetteer.featureCode(entry));
      case CITY -> gazetteer.population(entry) >= NOTABLE_TOWN;
      default -> false;
    };
  }
}
