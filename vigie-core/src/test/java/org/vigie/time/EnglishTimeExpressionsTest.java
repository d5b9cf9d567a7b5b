package org.vigie.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigie.model.TimeType;

/** Each shape of English time expression, anchored on Friday 3 July 2020. */
class EnglishTimeExpressionsTest {
  private final TimeAssertions en = new TimeAssertions("en");

  @ParameterizedTest(name = TimeAssertions.CASE_NAME)
  @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
      # sentence | expression | value | type (left empty: not checked)
      # weekday: follows the tense
      The ministers met on Tuesday in Ankara. | Tuesday | 2020-06-30 |
      The ministers will meet on Tuesday in Ankara. | Tuesday | 2020-07-07 |
      The council voted Friday to close the school. | Friday | 2020-07-03 |
      # weekday: with direction words and parts
      He was arrested last Friday. | last Friday | 2020-06-26 |
      The talks resume next Monday. | next Monday | 2020-07-06 |
      Protesters gathered Tuesday night. | Tuesday night | 2020-06-30TNI | TIME
      # deictic days and units
      The report was published yesterday. | yesterday | 2020-07-02 |
      The vote is tomorrow. | tomorrow | 2020-07-04 |
      He was released two days ago. | two days ago | 2020-07-01 |
      Prices fell last week. | last week | 2020-W26 |
      The plant opens next month. | next month | 2020-08 |
      Sales rose this year. | this year | 2020 |
      # dates, months, years
      The photo was taken on July 3, 2020. | July 3, 2020 | 2020-07-03 |
      The treaty was signed on June 17 in Geneva. | June 17 | 2020-06-17 |
      The season began in March. | March | 2020-03 |
      The offensive began in April 2019. | April 2019 | 2019-04 |
      He took office in 2019. | 2019 | 2019 |
      # decades and centuries
      A hit of the 1960s. | the 1960s | 196 |
      It was built in the '90s. | the '90s | 199 |
      Music from the sixties. | the sixties | 196 |
      A house from the 19th century. | the 19th century | 18 |
      # durations and sets
      The siege lasted three days. | three days | P3D | DURATION
      He lived there for 10 years. | 10 years | P10Y | DURATION
      It took a few weeks. | a few weeks | PXW | DURATION
      The market opens every Monday. | every Monday | XXXX-WXX-1 | SET
      The paper is published daily. | daily | P1D | SET
      # vague references
      Prices have risen recently. | recently | PAST_REF |
      The plant is now closed. | now | PRESENT_REF |
      # clock times: with zones
      The polls close at 10:30 a.m. EDT. | 10:30 a.m. EDT | 2020-07-03T10:30-04 | TIME
      The speech starts at noon. | noon | 2020-07-03T12:00 | TIME
      """)
  void find_readsTheExpressionAndItsValue(String sentence, String text, String value, TimeType type) {
    en.reads(sentence, text, value, type);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "She may come back.",
      "A 63-year-old senator spoke.",
      "The vote on Resolution 1405 was delayed."})
  void find_wordsThatAreNoTimes_ignored(String sentence) {
    en.findsNothingIn(sentence);
  }
}
