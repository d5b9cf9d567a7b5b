package org.vigie.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.vigie.time.TimeMeaning.CalendarDate;
import org.vigie.time.TimeMeaning.NotTime;

/**
 * Finds and normalises the time expressions of a text, in three steps like an analysis chain: the
 * language's spotters propose candidates (each rule of its table, and the complete-date finder);
 * overlapping candidates are settled, the longest winning, then the earlier spotter; the winners
 * are placed on the calendar in reading order by {@link TimeResolver}, each day named becoming the
 * reference of the anaphoric expressions after it. Thread-safe.
 */
public final class TimeRecognizer {
  private static final int PREFIX_REACH = 40;

  private final TimeLanguage language;
  private final Optional<TenseReader> tense;

  private TimeRecognizer(TimeLanguage language) {
    this.language = language;
    this.tense = language.tense().map(TenseReader::new);
  }

  /** The recogniser for an ISO 639-1 code: French and English rule tables, complete dates only for others. */
  public static TimeRecognizer forLanguage(String code) {
    return switch (code) {
      case "fr" -> FRENCH;
      case "en" -> ENGLISH;
      default -> new TimeRecognizer(TimeLanguage.completeDatesOnly(code));
    };
  }

  private static final TimeRecognizer FRENCH = new TimeRecognizer(FrenchTimeRules.language());
  private static final TimeRecognizer ENGLISH = new TimeRecognizer(EnglishTimeRules.language());

  public String language() {
    return language.code();
  }

  /**
   * @param anchor the publication date; without it only expressions that carry their whole value
   *     (complete dates, durations, decades) are kept
   * @param reference the last day named before this text (the previous paragraph's), else the anchor
   */
  public TimeScan find(String text, Optional<LocalDate> anchor, Optional<LocalDate> reference) {
    List<Candidate> settled = settle(candidates(TimeText.of(text)));
    List<FoundTime> found = new ArrayList<>();
    Optional<LocalDate> current = reference.or(() -> anchor);
    for (Candidate candidate : settled) {
      TimeResolver.Context context = new TimeResolver.Context(anchor, current,
          () -> tense.map(reader -> reader.read(text, candidate.start(), candidate.end())).orElse(Tense.UNKNOWN));
      Optional<TimeResolver.Resolved> resolved = TimeResolver.resolve(candidate.meaning(), context);
      if (resolved.isEmpty()) {
        continue;
      }
      TimeResolver.Resolved value = resolved.get();
      found.add(new FoundTime(candidate.start(), candidate.end(), text.substring(candidate.start(), candidate.end()),
          value.value(), value.type(), candidate.rule()));
      if (value.day().isPresent()) {
        current = value.day();
      }
    }
    return new TimeScan(found, current);
  }

  private List<Candidate> candidates(TimeText text) {
    List<Candidate> candidates = new ArrayList<>();
    for (TimeSpotter spotter : language.spotters()) {
      spotter.spot(text, candidate -> candidates.add(withPrefix(text.original(), candidate)));
    }
    return candidates;
  }

  /** Extends a date with a day over the words the language writes before it ("le", a weekday). */
  private Candidate withPrefix(String text, Candidate candidate) {
    if (language.datePrefix().isEmpty() || !(candidate.meaning() instanceof CalendarDate date)
        || date.day().isEmpty()) {
      return candidate;
    }
    int from = Math.max(0, candidate.start() - PREFIX_REACH);
    Matcher matcher = language.datePrefix().get().matcher(text).region(from, candidate.start());
    matcher.useTransparentBounds(true);
    if (matcher.find() && matcher.end() == candidate.start() && matcher.start() < matcher.end()) {
      return candidate.extendedTo(matcher.start(), candidate.end(), candidate.meaning());
    }
    return candidate;
  }

  /**
   * Keeps the longest candidates that do not overlap; among equally long ones the spotter listed
   * first. Candidates that say "no time here" win like the others and are then dropped.
   */
  private static List<Candidate> settle(List<Candidate> candidates) {
    List<Candidate> byPreference = new ArrayList<>(candidates);
    // The list is in spotter order already, and the sort is stable: equal lengths keep that order.
    byPreference.sort(Comparator.comparingInt(Candidate::length).reversed());
    TreeMap<Integer, Candidate> kept = new TreeMap<>();
    for (Candidate candidate : byPreference) {
      Map.Entry<Integer, Candidate> before = kept.floorEntry(candidate.end() - 1);
      if (before != null && before.getValue().end() > candidate.start()) {
        continue;
      }
      kept.put(candidate.start(), candidate);
    }
    return kept.values().stream().filter(c -> !(c.meaning() instanceof NotTime)).toList();
  }
}
