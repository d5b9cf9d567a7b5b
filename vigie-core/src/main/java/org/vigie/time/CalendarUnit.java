package org.vigie.time;

/**
 * The units time is counted in, with their ISO 8601 duration letters: {@code P3D}, {@code PT15M},
 * {@code P2W}. Decades and centuries follow TimeML ({@code P1DE}, {@code P1CE}).
 */
public enum CalendarUnit {
  SECOND("S", true), MINUTE("M", true), HOUR("H", true), DAY("D", false), WEEKEND("WE", false),
  WEEK("W", false), MONTH("M", false), QUARTER("Q", false), YEAR("Y", false), DECADE("DE", false),
  CENTURY("CE", false);

  private final String letter;
  private final boolean clock;

  CalendarUnit(String letter, boolean clock) {
    this.letter = letter;
    this.clock = clock;
  }

  /** The duration of {@code amount} units ("P3D", "PT15M"), or with an unknown amount ("PXD"). */
  public String duration(String amount) {
    return (clock ? "PT" : "P") + amount + letter;
  }
}
