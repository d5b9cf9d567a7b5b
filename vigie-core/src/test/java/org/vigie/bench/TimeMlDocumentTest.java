package org.vigie.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.TimeType;

class TimeMlDocumentTest {
  @TempDir Path temp;

  @Test
  void read_inlineTags_textWithoutTagsAndDecodedEntities() throws IOException {
    Path file = write("a.tml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <TimeML><DCT><TIMEX3 functionInDocument="CREATION_TIME" tid="t0" type="DATE" value="2002-05-07"/></DCT>
        <TEXT>R&amp;D <EVENT eid="e1">réélu</EVENT> <TIMEX3 tid="t1" type="DATE" value="2002-05-05">dimanche</TIMEX3> &lt;ici&gt;</TEXT>
        </TimeML>""");

    TimeMlDocument document = TimeMlDocument.read(file);

    assertThat(document.creationTime()).contains(LocalDate.of(2002, 5, 7));
    assertThat(document.text()).isEqualTo("R&D réélu dimanche <ici>");
    assertThat(document.timexes()).singleElement().satisfies(t -> {
      assertThat(document.text().substring(t.start(), t.end())).isEqualTo("dimanche");
      assertThat(t.type()).isEqualTo(TimeType.DATE);
      assertThat(t.value()).isEqualTo("2002-05-05");
    });
  }

  @Test
  void read_doctype_refused() throws IOException {
    Path file = write("evil.tml", """
        <?xml version="1.0"?>
        <!DOCTYPE TimeML [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
        <TimeML><TEXT>&xxe;</TEXT></TimeML>""");
    assertThatThrownBy(() -> TimeMlDocument.read(file)).isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE");
  }

  @Test
  void read_malformed_ioException() throws IOException {
    Path file = write("broken.tml", "<TimeML><TEXT>open");
    assertThatThrownBy(() -> TimeMlDocument.read(file)).isInstanceOf(IOException.class);
  }

  @Test
  void same_equivalentWritings() {
    assertThat(TimexValues.same("196X", "196")).isTrue();
    assertThat(TimexValues.same("18XX", "18")).isTrue();
    assertThat(TimexValues.same("2002-02-08T20:30+1", "2002-02-08T20:30+01")).isTrue();
    assertThat(TimexValues.same("2002-02-08", "2002-02-09")).isFalse();
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
  }
}
