package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.vigie.model.Precision;
import org.vigie.model.Published;

class MetadataAgreementTest {

  @Test
  void sameTitle_normalisedOrWithoutSiteSegment() {
    assertThat(MetadataAgreement.sameTitle("It’s  here", Optional.of("it's here"))).isTrue();
    assertThat(MetadataAgreement.sameTitle("How to Build a Terrarium | eHow", Optional.of("How to Build a Terrarium")))
        .isTrue();
    assertThat(MetadataAgreement.sameTitle("Mozilla - Wikipedia", Optional.of("Mozilla"))).isTrue();

    assertThat(MetadataAgreement.sameTitle("The 21 best movies", Optional.of("The 22 best movies"))).isFalse();
    assertThat(MetadataAgreement.sameTitle("Anything", Optional.empty())).isFalse();
  }

  @Test
  void sameByline_nameWordsAgree() {
    assertThat(MetadataAgreement.sameByline("By Nathan Willis March 25, 2015", Optional.of("Nathan Willis"))).isTrue();
    assertThat(MetadataAgreement.sameByline("By Kelli Miller WebMD Health News", Optional.of("Kelli Miller"))).isTrue();
    assertThat(MetadataAgreement.sameByline("Joe Hildebrand", Optional.of("Laurie Oakes"))).isFalse();
    assertThat(MetadataAgreement.sameByline("Erin Cunningham", Optional.of("Follow @erinmcunningham"))).isFalse();
  }

  @Test
  void samePublished_instantToTheSecondOrLocalOrDate() {
    Published withOffset = new Published("2021-11-01T10:52:50+01:00", Precision.SECOND, false);
    assertThat(MetadataAgreement.samePublished("2021-11-01T09:52:50.816Z", Optional.of(withOffset))).isTrue();
    assertThat(MetadataAgreement.samePublished("2021-11-01T10:52:50+0100", Optional.of(withOffset))).isTrue();
    assertThat(MetadataAgreement.samePublished("2021-11-01 10:52:00.000000",
        Optional.of(new Published("2021-11-01T10:52", Precision.MINUTE, false)))).isTrue();
    assertThat(MetadataAgreement.samePublished("2021-11-01", Optional.of(withOffset))).isTrue();
    assertThat(MetadataAgreement.samePublished("2021-11-02", Optional.of(withOffset))).isFalse();
  }

  @Test
  void sameLanguage_primarySubtag() {
    assertThat(MetadataAgreement.sameLanguage("en-US", Optional.of("en"))).isTrue();
    assertThat(MetadataAgreement.sameLanguage("fr", Optional.of("en"))).isFalse();
  }

  @Test
  void judge_titleThatIsTheSiteName_isWrong() {
    ExpectedMetadata expected = new ExpectedMetadata(Optional.of("Mozilla - Wikipedia"), Optional.empty(),
        Optional.empty(), Optional.of("Wikipedia"), Optional.empty());
    org.vigie.model.Article article = new org.vigie.model.Article("c1", Optional.empty(), "file:/a", Optional.empty(),
        Optional.empty(), "Wikipedia", Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of(),
        java.util.List.of(), java.util.List.of(), "h");

    assertThat(MetadataAgreement.judge(expected, Optional.of(article)).title()).isFalse();
  }
}
