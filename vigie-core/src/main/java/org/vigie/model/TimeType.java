package org.vigie.model;

/** TimeML TIMEX3 types. */
public enum TimeType {
  DATE, TIME, DURATION, SET
}
