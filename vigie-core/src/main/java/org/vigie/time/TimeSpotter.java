package org.vigie.time;

import java.util.function.Consumer;

/** One source of candidates: a rule of a table, or the finder of complete dates. */
interface TimeSpotter {
  void spot(TimeText text, Consumer<Candidate> out);
}
