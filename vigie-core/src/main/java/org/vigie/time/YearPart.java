package org.vigie.time;

/** Parts of a year TimeML names after the year: {@code 2020-SU}, {@code 2020-Q1}, {@code 2020-H2}. */
public enum YearPart {
  SPRING("SP", 3, 3), SUMMER("SU", 6, 3), AUTUMN("FA", 9, 3), WINTER("WI", 12, 3), Q1("Q1", 1, 3), Q2("Q2", 4, 3),
  Q3("Q3", 7, 3), Q4("Q4", 10, 3), H1("H1", 1, 6), H2("H2", 7, 6);

  private final String code;
  private final int firstMonth;
  private final int months;

  YearPart(String code, int firstMonth, int months) {
    this.code = code;
    this.firstMonth = firstMonth;
    this.months = months;
  }

  public String code() {
    return code;
  }

  /** The month the part begins in, to tell which side of the anchor it lies. */
  public int firstMonth() {
    return firstMonth;
  }

  /** How many months it lasts. */
  public int months() {
    return months;
  }
}
