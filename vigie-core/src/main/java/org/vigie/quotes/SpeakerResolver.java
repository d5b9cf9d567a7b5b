package org.vigie.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.model.Annotations;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.SpanTarget;

/**
 * Turns the speaker a sentence writes into who spoke, reading an article's attributions in order:
 * the entity of a mention that names the speaker, when the entity recogniser has run; the author of
 * a document that speaks ("un communiqué du GNA" → GNA); the previous source for "la même source",
 * "le communiqué", "the statement"; the last person named for "il", "she"; else the name as
 * written. One resolver per article: it remembers who spoke before.
 */
final class SpeakerResolver {
  private final QuoteLanguage language;
  private final List<String> blocks;
  private final List<Block> blockPlaces;
  private final Annotations annotations;
  private Optional<String> lastSpeaker = Optional.empty();
  private Optional<String> lastPerson = Optional.empty();
  private Optional<String> lastSource = Optional.empty();

  /** Where a block lies in the article: the title, or body paragraph {@code index}. */
  record Block(SpanTarget in, int index) {}

  /**
   * @param blockPlaces where each block lies in the article, to find the mentions inside a speaker
   */
  SpeakerResolver(QuoteLanguage language, List<String> blocks, List<Block> blockPlaces, Annotations annotations) {
    this.language = language;
    this.blocks = blocks;
    this.blockPlaces = blockPlaces;
    this.annotations = annotations;
  }

  Optional<String> resolve(Attribution attribution) {
    if (attribution.speaker().isEmpty()) {
      return Optional.empty();
    }
    Speaker speaker = attribution.speaker().get();
    String text = blocks.get(speaker.block());
    String written = fold(speaker.written().in(text));
    String head = speaker.head().in(text);
    Optional<String> resolved;
    boolean source = false;
    boolean person = false;
    if (language.sameSource().contains(written) || language.sameSource().contains(fold(head))) {
      resolved = lastSource.or(() -> lastSpeaker);
      source = true;
    } else if (language.pronouns().contains(written)) {
      resolved = mentionedBefore(speaker, EntityType.PER).or(() -> lastPerson).or(() -> nameBefore(speaker));
      person = true;
    } else {
      Optional<TextRange> author = author(text, speaker.written());
      source = author.isPresent();
      TextRange name = author.orElse(speaker.head());
      Optional<Mention> mention = mentionIn(speaker.block(), name);
      resolved = mention.map(m -> m.entity().orElse(m.text()))
          .or(() -> entityNamed(name.in(text)))
          .or(() -> Optional.of(name.in(text)));
      person = mention.map(m -> m.type() == EntityType.PER).orElse(looksLikePersonName(name.in(text)));
      source = source || mention.map(m -> m.type() == EntityType.ORG).orElse(isAcronym(name.in(text)));
    }
    if (resolved.isPresent()) {
      lastSpeaker = resolved;
      if (person) {
        lastPerson = resolved;
      }
      if (source) {
        lastSource = resolved;
      }
    }
    return resolved;
  }

  /** "un communiqué du GNA", "a statement from the White House": the author after the document noun. */
  private Optional<TextRange> author(String text, TextRange written) {
    List<Word> words = Word.in(text, written.start(), written.end());
    for (int i = 0; i < words.size(); i++) {
      if (!language.documents().contains(words.get(i).lower())) {
        continue;
      }
      int j = i + 1;
      while (j < words.size() && (isOfWord(words.get(j).lower()) || language.determiners().contains(words.get(j)
          .lower()))) {
        j++;
      }
      if (j > i + 1 && j < words.size()) {
        return Optional.of(new TextRange(words.get(j).start(), words.getLast().end()));
      }
    }
    return Optional.empty();
  }

  private static boolean isOfWord(String word) {
    return switch (word) {
      case "de", "du", "des", "d'", "of", "from", "by", "issued", "released", "published", "publié", "diffusé" -> true;
      default -> false;
    };
  }

  /** The mention the entity recogniser found inside the words, if it ran. */
  private Optional<Mention> mentionIn(int block, TextRange range) {
    Block where = blockPlaces.get(block);
    return annotations.mentions().stream()
        .filter(m -> m.span().in() == where.in() && m.span().index() == where.index())
        .filter(m -> m.span().start() < range.end() && range.start() < m.span().end())
        .findFirst();
  }

  /** The last mention of that type before the speaker, for a pronoun. */
  private Optional<String> mentionedBefore(Speaker speaker, EntityType type) {
    Mention best = null;
    int bestBlock = -1;
    for (Mention mention : annotations.mentions()) {
      int block = blockPlaces.indexOf(new Block(mention.span().in(), mention.span().index()));
      boolean before = block >= 0 && (block < speaker.block()
          || block == speaker.block() && mention.span().end() <= speaker.written().start());
      boolean later = best == null || block > bestBlock || block == bestBlock && mention.span().start() > best.span()
          .start();
      if (mention.type() == type && before && later) {
        best = mention;
        bestBlock = block;
      }
    }
    return Optional.ofNullable(best).map(m -> m.entity().orElse(m.text()));
  }

  /**
   * Without the recogniser's mentions, the last name written before the speaker: two to four
   * capitalised words ("Jean Dupont", "Salah al-Namrouch") in this paragraph or the ones before.
   */
  private Optional<String> nameBefore(Speaker speaker) {
    for (int block = speaker.block(); block >= 0; block--) {
      String text = blocks.get(block);
      int end = block == speaker.block() ? speaker.written().start() : text.length();
      java.util.regex.Matcher matcher = PERSON_NAME.matcher(text).region(0, end);
      String last = null;
      while (matcher.find()) {
        // "flew to Midway Atoll": a name after a preposition is a place or a thing, not who speaks.
        List<Word> before = Word.in(text, Math.max(0, matcher.start() - 12), matcher.start());
        String previous = before.isEmpty() ? "" : before.getLast().lower();
        if (!language.prepositions().contains(previous) && !OF.contains(previous)) {
          last = matcher.group();
        }
      }
      if (last != null) {
        return Optional.of(last);
      }
    }
    return Optional.empty();
  }

  private static final java.util.Set<String> OF = java.util.Set.of("de", "du", "des", "d'", "of", "the");

  private static final java.util.regex.Pattern PERSON_NAME = java.util.regex.Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{Lu}[\\p{Ll}'’\\-]+(?:\\s+(?:(?:al|el|bin|ben|de|du|van|von|da|di)[\\s\\-])?"
          + "\\p{Lu}[\\p{L}'’\\-]+){1,3}");

  /** An entity whose name or a variant is the speaker's name, when the recogniser gave entities. */
  private Optional<String> entityNamed(String name) {
    String folded = fold(name);
    for (Entity entity : annotations.entities()) {
      if (fold(entity.name()).equals(folded) || entity.variants().stream().anyMatch(v -> fold(v).equals(folded))) {
        return Optional.of(entity.id());
      }
    }
    return Optional.empty();
  }

  private static boolean looksLikePersonName(String name) {
    String[] words = name.trim().split("\\s+");
    return words.length >= 2 && !isAcronym(name) && Character.isUpperCase(words[words.length - 1].charAt(0));
  }

  private static boolean isAcronym(String name) {
    String trimmed = name.trim();
    return trimmed.length() >= 2 && trimmed.length() <= 8 && trimmed.chars().allMatch(c -> Character.isUpperCase(c)
        || c == '.' || c == '-' || Character.isDigit(c));
  }

  private static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").trim();
  }
}
