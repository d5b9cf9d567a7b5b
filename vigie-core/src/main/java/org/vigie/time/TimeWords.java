package org.vigie.time;

import java.time.DayOfWeek;
import java.util.Objects;

/**
 * The words one language writes time with, which rule templates name in braces ({@code {month}},
 * {@code {weekday}}, {@code {part}}, {@code {unit}}, {@code {qty}}).
 *
 * @param months month names as the language writes them (numbers come from {@link AbsoluteDates})
 * @param weekdays weekday names, singular (templates add the plural ending)
 * @param parts parts of the day ("matin", "evening")
 * @param units calendar units, singular and plural ("an", "années", "weeks")
 * @param numbers numbers in words
 */
record TimeWords(Vocabulary<Integer> months, Vocabulary<DayOfWeek> weekdays, Vocabulary<DayPart> parts,
    Vocabulary<CalendarUnit> units, NumberWords numbers) {
  TimeWords {
    Objects.requireNonNull(months, "months");
    Objects.requireNonNull(weekdays, "weekdays");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(units, "units");
    Objects.requireNonNull(numbers, "numbers");
  }
}
