package org.vigie.store;

import java.time.LocalDate;
import java.util.Objects;

/** How many matching articles were published on one day (UTC). */
public record DayCount(LocalDate day, long count) {
  public DayCount {
    Objects.requireNonNull(day, "day");
  }
}
