package org.vigie.entities;

import java.util.List;

/** One document-level correction of the names a tagger found: reads the whole document, returns new names. */
interface Correction {
  List<Name> apply(TokenDocument document, List<Name> names);
}
