package org.vigie.app;

import java.io.IOException;
import org.vigie.geo.Gazetteer;
import org.vigie.store.DataDirectory;

/** The gazetteer the commands use: the data directory's fresh one when {@code gazetteer update} wrote it, else the bundled one. */
final class Gazetteers {
  private Gazetteers() {}

  static Gazetteer forData(DataDirectory data) {
    try {
      return Gazetteer.fromFileOrBundled(data.gazetteer());
    } catch (IOException e) {
      throw CommandFailure.failed("cannot read the gazetteer " + data.gazetteer() + " (run vigie gazetteer update again,"
          + " or delete it to use the bundled one): " + e.getMessage(), e);
    }
  }
}
