package org.vigie.time;

/**
 * Which way from the anchor a date written without its year or week lies. "vendredi" alone leaves it
 * to the tense of the sentence; "vendredi dernier" is strictly before; "ce vendredi" is in the
 * anchor's week.
 */
public enum Direction {
  /** Decided by the tense: past on or before the anchor, future on or after, the nearest when unknown. */
  BY_TENSE,
  /** On or before the anchor. */
  PAST,
  /** On or after the anchor. */
  FUTURE,
  /** Strictly before ("dernier", "last"). */
  BEFORE,
  /** Strictly after ("prochain", "next"). */
  AFTER,
  /** In the anchor's own week ("ce mardi", "this Tuesday"). */
  THIS
}
