package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.extract.RepeatFilter.Reason;
import org.vigie.extract.RepeatFilter.Verdict;

class RepeatFilterTest {
  private static final String LEAD = "The government announced on Friday a plan to rebuild the northern rail line.";
  private static final String QUOTE = "\"We have waited (...) far too long\", said the mayor of the town, who welcomed the plan.";

  @Test
  void copies_exactRepeatWithOtherWhitespaceAndQuotes_dropped() {
    List<Verdict> verdicts = RepeatFilter.copies(List.of(LEAD, QUOTE, "  " + LEAD.replace(" ", "\u00A0") + " "), List.of());
    assertThat(verdicts).containsExactly(new Verdict(2, Reason.REPEAT));
  }

  @Test
  void copies_truncatedTeaserOfEveryMarkerKind_dropped() {
    for (String marker : List.of("...", "…", "(...)...", "[…]", " [...]")) {
      String teaser = QUOTE.substring(0, 40) + marker;
      assertThat(RepeatFilter.copies(List.of(LEAD, QUOTE, teaser), List.of()))
          .as(marker).containsExactly(new Verdict(2, Reason.TEASER));
    }
  }

  @Test
  void copies_teaserBeforeFullParagraph_dropped() {
    String teaser = LEAD.substring(0, 45) + "…";
    assertThat(RepeatFilter.copies(List.of(teaser, LEAD), List.of())).containsExactly(new Verdict(0, Reason.TEASER));
  }

  @Test
  void copies_ellipsisInsideParagraph_notATeaser() {
    assertThat(RepeatFilter.copies(List.of(LEAD, QUOTE), List.of())).isEmpty();
  }

  @Test
  void copies_shortCommonOpening_notAPrefixCopy() {
    assertThat(RepeatFilter.copies(List.of("He said...", "He said that the plan would cost more than expected."), List.of()))
        .isEmpty();
  }

  @Test
  void copies_paragraphEqualToTitle_dropped() {
    assertThat(RepeatFilter.copies(List.of("Rail plan announced", LEAD), List.of("Rail Plan Announced")))
        .containsExactly(new Verdict(0, Reason.REPEAT));
  }
}
