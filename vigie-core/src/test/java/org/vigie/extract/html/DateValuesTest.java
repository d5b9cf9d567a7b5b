package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.vigie.model.Precision;
import org.vigie.model.Published;

class DateValuesTest {

  @Test
  void parse_isoWithOffset_keepsOffsetAndSeconds() {
    assertThat(DateValues.parse("2019-11-18T10:05:30+0100"))
        .contains(new Published("2019-11-18T10:05:30+01:00", Precision.SECOND, false));
    assertThat(DateValues.parse("2019-11-18T10:05:30.123Z"))
        .contains(new Published("2019-11-18T10:05:30Z", Precision.SECOND, false));
  }

  @Test
  void parse_localDateTimeAndDate_keepPrecision() {
    assertThat(DateValues.parse("2019-11-18 10:05")).contains(new Published("2019-11-18T10:05", Precision.MINUTE, false));
    assertThat(DateValues.parse("2019-11-18")).contains(new Published("2019-11-18", Precision.DAY, false));
  }

  @Test
  void parse_rfc1123AndEpochAndWritten() {
    assertThat(DateValues.parse("Mon, 18 Nov 2019 10:05:00 GMT")).map(Published::value).contains("2019-11-18T10:05:00Z");
    assertThat(DateValues.parse("1574071500")).map(Published::value).contains("2019-11-18T10:05:00Z");
    assertThat(DateValues.parse("Published 3 July 2020, 18:12")).map(Published::value).contains("2020-07-03T18:12");
  }

  @Test
  void parse_noDate_empty() {
    assertThat(DateValues.parse("yesterday")).isEmpty();
    assertThat(DateValues.parse("2019-13-45")).isEmpty();
    assertThat(DateValues.parse("")).isEmpty();
    assertThat(DateValues.parse("9".repeat(10_000))).isEmpty();
  }

  @Test
  void urlDate_dayAndMonthPaths() {
    assertThat(MetadataReader.urlDate(URI.create("https://x.example/2019/11/18/story.html")))
        .contains(new Published("2019-11-18", Precision.DAY, false));
    assertThat(MetadataReader.urlDate(URI.create("https://x.example/news/2019/11/story")))
        .contains(new Published("2019-11", Precision.MONTH, false));
    assertThat(MetadataReader.urlDate(URI.create("https://x.example/story-123456"))).isEmpty();
  }
}
