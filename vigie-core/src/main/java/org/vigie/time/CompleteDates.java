package org.vigie.time;

import java.util.Locale;
import java.util.function.Consumer;
import org.vigie.model.TimeType;
import org.vigie.time.TimeMeaning.CalendarDate;
import org.vigie.time.TimeMeaning.Fixed;

/** The spotter of complete dates in any language Vigie reads: {@link AbsoluteDates}, the one date finder. */
final class CompleteDates implements TimeSpotter {
  static final String RULE = "complete-date";

  @Override
  public void spot(TimeText text, Consumer<Candidate> out) {
    for (DateMention mention : AbsoluteDates.find(text.original())) {
      TimeMeaning meaning = mention.time()
          .<TimeMeaning>map(time -> new Fixed(mention.date() + "T" + String.format(Locale.ROOT, "%02d:%02d",
              time.getHour(), time.getMinute()), TimeType.TIME))
          .orElseGet(() -> CalendarDate.of(mention.date().getYear(), mention.date().getMonthValue(),
              mention.date().getDayOfMonth(), Direction.BY_TENSE));
      out.accept(new Candidate(mention.start(), mention.end(), meaning, RULE));
    }
  }
}
