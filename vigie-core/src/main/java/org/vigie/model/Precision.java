package org.vigie.model;

/** How much of a point in time is known. */
public enum Precision {
  YEAR, MONTH, DAY, MINUTE, SECOND
}
