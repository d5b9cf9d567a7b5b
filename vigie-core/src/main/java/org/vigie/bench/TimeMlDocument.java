package org.vigie.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.vigie.feed.SafeXml;
import org.vigie.model.TimeType;

/**
 * An ISO-TimeML document: its creation time (the {@code TIMEX3} in {@code DCT} whose function is
 * CREATION_TIME), the text of {@code <TEXT>} with every tag removed and entities decoded, and the
 * {@code TIMEX3} annotations as offsets into that text. Read with a parser that refuses DTDs and
 * external entities.
 */
public record TimeMlDocument(String name, Optional<LocalDate> creationTime, String text, List<Timex> timexes) {

  /** One annotated expression; offsets into {@link TimeMlDocument#text()}. */
  public record Timex(int start, int end, String text, TimeType type, String value) {
    public Timex {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(value, "value");
    }
  }

  public TimeMlDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(creationTime, "creationTime");
    Objects.requireNonNull(text, "text");
    timexes = List.copyOf(timexes);
  }

  public static TimeMlDocument read(Path file) throws IOException {
    byte[] xml = Files.readAllBytes(file);
    if (SafeXml.declaresDoctype(xml)) {
      throw new IOException(file + " declares a DOCTYPE; TimeML files need none and it is refused");
    }
    try {
      return parse(file.getFileName().toString(), SafeXml.reader(xml));
    } catch (XMLStreamException e) {
      throw new IOException(file + " is not well-formed XML: " + e.getMessage(), e);
    }
  }

  private record Open(int start, TimeType type, String value) {}

  private static TimeMlDocument parse(String name, XMLStreamReader reader) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    List<Timex> timexes = new ArrayList<>();
    Deque<Open> open = new ArrayDeque<>();
    Optional<LocalDate> creation = Optional.empty();
    boolean inText = false;
    boolean inDct = false;
    while (reader.hasNext()) {
      int event = reader.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          String element = reader.getLocalName();
          if (element.equals("TEXT")) {
            inText = true;
          } else if (element.equals("DCT")) {
            inDct = true;
          } else if (element.equals("TIMEX3")) {
            String value = attribute(reader, "value");
            if (inText) {
              open.push(new Open(text.length(), type(attribute(reader, "type")), value));
            } else if (creation.isEmpty() && (inDct || "CREATION_TIME".equals(attribute(reader,
                "functionInDocument")))) {
              creation = date(value);
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          String element = reader.getLocalName();
          if (element.equals("TEXT")) {
            inText = false;
          } else if (element.equals("DCT")) {
            inDct = false;
          } else if (element.equals("TIMEX3") && inText && !open.isEmpty()) {
            Open timex = open.pop();
            timexes.add(new Timex(timex.start(), text.length(), text.substring(timex.start()), timex.type(),
                timex.value()));
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (inText) {
            text.append(reader.getText());
          }
        }
        default -> {
          // comments, processing instructions: not text
        }
      }
    }
    timexes.sort(java.util.Comparator.comparingInt(Timex::start));
    return new TimeMlDocument(name, creation, text.toString(), timexes);
  }

  private static String attribute(XMLStreamReader reader, String name) {
    String value = reader.getAttributeValue(null, name);
    return value == null ? "" : value;
  }

  private static TimeType type(String written) {
    try {
      return TimeType.valueOf(written);
    } catch (IllegalArgumentException e) {
      return TimeType.DATE;
    }
  }

  private static Optional<LocalDate> date(String value) {
    if (value.length() < 10) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.substring(0, 10)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
