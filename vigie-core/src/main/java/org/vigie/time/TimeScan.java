package org.vigie.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The time expressions of one text, and the last day it named, which the next text of the same
 * article (the next paragraph) takes as its reference.
 */
public record TimeScan(List<FoundTime> times, Optional<LocalDate> reference) {
  public TimeScan {
    times = List.copyOf(times);
    Objects.requireNonNull(reference, "reference");
  }
}
