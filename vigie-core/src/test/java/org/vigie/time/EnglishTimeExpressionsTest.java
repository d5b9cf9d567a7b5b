package org.vigie.time;

import org.junit.jupiter.api.Test;
import org.vigie.model.TimeType;

/** Each shape of English time expression, anchored on Friday 3 July 2020. */
class EnglishTimeExpressionsTest {
  private final TimeAssertions en = new TimeAssertions("en");

  @Test
  void weekday_followsTheTense() {
    en.reads("The ministers met on Tuesday in Ankara.", "Tuesday", "2020-06-30");
    en.reads("The ministers will meet on Tuesday in Ankara.", "Tuesday", "2020-07-07");
    en.reads("The council voted Friday to close the school.", "Friday", "2020-07-03");
  }

  @Test
  void weekday_withDirectionWordsAndParts() {
    en.reads("He was arrested last Friday.", "last Friday", "2020-06-26");
    en.reads("The talks resume next Monday.", "next Monday", "2020-07-06");
    en.reads("Protesters gathered Tuesday night.", "Tuesday night", "2020-06-30TNI", TimeType.TIME);
  }

  @Test
  void deicticDaysAndUnits() {
    en.reads("The report was published yesterday.", "yesterday", "2020-07-02");
    en.reads("The vote is tomorrow.", "tomorrow", "2020-07-04");
    en.reads("He was released two days ago.", "two days ago", "2020-07-01");
    en.reads("Prices fell last week.", "last week", "2020-W26");
    en.reads("The plant opens next month.", "next month", "2020-08");
    en.reads("Sales rose this year.", "this year", "2020");
  }

  @Test
  void datesMonthsYears() {
    en.reads("The photo was taken on July 3, 2020.", "July 3, 2020", "2020-07-03");
    en.reads("The treaty was signed on June 17 in Geneva.", "June 17", "2020-06-17");
    en.reads("The season began in March.", "March", "2020-03");
    en.reads("The offensive began in April 2019.", "April 2019", "2019-04");
    en.reads("He took office in 2019.", "2019", "2019");
  }

  @Test
  void decadesAndCenturies() {
    en.reads("A hit of the 1960s.", "the 1960s", "196");
    en.reads("It was built in the '90s.", "the '90s", "199");
    en.reads("Music from the sixties.", "the sixties", "196");
    en.reads("A house from the 19th century.", "the 19th century", "18");
  }

  @Test
  void durationsAndSets() {
    en.reads("The siege lasted three days.", "three days", "P3D", TimeType.DURATION);
    en.reads("He lived there for 10 years.", "10 years", "P10Y", TimeType.DURATION);
    en.reads("It took a few weeks.", "a few weeks", "PXW", TimeType.DURATION);
    en.reads("The market opens every Monday.", "every Monday", "XXXX-WXX-1", TimeType.SET);
    en.reads("The paper is published daily.", "daily", "P1D", TimeType.SET);
  }

  @Test
  void vagueReferences() {
    en.reads("Prices have risen recently.", "recently", "PAST_REF");
    en.reads("The plant is now closed.", "now", "PRESENT_REF");
  }

  @Test
  void clockTimes_withZones() {
    en.reads("The polls close at 10:30 a.m. EDT.", "10:30 a.m. EDT", "2020-07-03T10:30-04", TimeType.TIME);
    en.reads("The speech starts at noon.", "noon", "2020-07-03T12:00", TimeType.TIME);
  }

  @Test
  void wordsThatAreNoTimes_ignored() {
    en.findsNothingIn("She may come back.");
    en.findsNothingIn("A 63-year-old senator spoke.");
    en.findsNothingIn("The vote on Resolution 1405 was delayed.");
  }
}
