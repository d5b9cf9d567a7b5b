package org.vigie.time;

/** A part of the day as TimeML writes it after a date: {@code 2020-07-03TEV} is Friday evening. */
public enum DayPart {
  MORNING("MO"), MIDDAY("MI"), AFTERNOON("AF"), EVENING("EV"), NIGHT("NI"), DAYTIME("DT");

  private final String code;

  DayPart(String code) {
    this.code = code;
  }

  /** The TimeML suffix: "MO", "AF", "EV"… */
  public String code() {
    return code;
  }
}
