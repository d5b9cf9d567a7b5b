package org.vigie.entities;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.EntityType;

/**
 * One name, one type throughout a document, and every occurrence found. A sentence-level tagger
 * labels each occurrence of a name from its own sentence alone, so the same team is an ORG in one
 * line of a results table and missed in the next. Following the label-consistency idea of Krishnan
 * and Manning ("An effective two-stage model for exploiting non-local dependencies in named entity
 * recognition", ACL 2006), done here by a vote rather than a second CRF: each occurrence votes for
 * its type (occurrences in all-capitals headlines, where taggers are least reliable, a quarter of a
 * vote), a strict majority relabels the rest, and untagged occurrences of a tagged name are tagged.
 *
 * <p>An untagged occurrence is taken only where it stands alone: written as a tagged occurrence was
 * (or in an all-capitals sentence), not touching another capitalised word, which would make it part
 * of a longer name ("Paris" in "Paris St Germain").
 */
final class DocumentConsistency implements Correction {
  private static final double SHOUTING_VOTE = 0.25;

  private final Lexicon lexicon;

  DocumentConsistency(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** What the document says about one name: its votes and how its occurrences were written. */
  private static final class Evidence {
    final Map<EntityType, Double> votes = new EnumMap<>(EntityType.class);
    final List<List<String>> forms = new ArrayList<>();

    EntityType winner() {
      double total = votes.values().stream().mapToDouble(Double::doubleValue).sum();
      for (Map.Entry<EntityType, Double> vote : votes.entrySet()) {
        if (vote.getValue() * 2 > total) {
          return vote.getKey();
        }
      }
      return null;
    }
  }

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    Map<String, Evidence> evidence = new HashMap<>();
    for (Name name : names) {
      Evidence e = evidence.computeIfAbsent(key(document, name.sentence(), name.start(), name.end()),
          k -> new Evidence());
      e.votes.merge(name.type(), document.shouting(name.sentence()) ? SHOUTING_VOTE : 1.0, Double::sum);
      e.forms.add(document.sentence(name.sentence()).tokens().subList(name.start(), name.end()));
    }
    List<Name> result = new ArrayList<>(names.size());
    for (Name name : names) {
      EntityType winner = evidence.get(key(document, name.sentence(), name.start(), name.end())).winner();
      result.add(winner == null || metonymy(document, name, winner) ? name : name.withType(winner));
    }
    result.addAll(untagged(document, names, evidence));
    result.sort(Name.ORDER);
    return result;
  }

  private List<Name> untagged(TokenDocument document, List<Name> names, Map<String, Evidence> evidence) {
    Map<String, List<List<String>>> byFirstWord = new HashMap<>();
    for (Map.Entry<String, Evidence> entry : evidence.entrySet()) {
      if (entry.getValue().winner() == null) {
        continue;
      }
      List<String> form = entry.getValue().forms.getFirst();
      if (form.size() == 1 && !propagatesAlone(document.language(), form.getFirst())) {
        continue;
      }
      byFirstWord.computeIfAbsent(Words.folded(form.getFirst()), k -> new ArrayList<>()).add(form);
    }
    if (byFirstWord.isEmpty()) {
      return List.of();
    }
    Coverage covered = new Coverage(document, names);
    List<Name> found = new ArrayList<>();
    for (int s = 0; s < document.sentences().size(); s++) {
      TokenSentence sentence = document.sentence(s);
      boolean shouting = document.shouting(s);
      for (int i = 0; i < sentence.size(); i++) {
        List<List<String>> candidates = byFirstWord.get(document.folded(s, i));
        if (candidates == null || covered.covers(s, i)) {
          continue;
        }
        for (List<String> form : candidates) {
          int end = i + form.size();
          if (end > sentence.size() || covered.anyIn(s, i, end) || !matches(document, s, i, form, evidence, shouting)
              || touchesCapitalised(sentence, i, end, shouting)) {
            continue;
          }
          EntityType type = evidence.get(key(document, s, i, end)).winner();
          found.add(new Name(s, i, end, type));
          covered.add(s, i, end);
          i = end - 1;
          break;
        }
      }
    }
    return found;
  }

  /**
   * A place and an organisation may share a name within one document, each occurrence rightly
   * typed: "Detroit" the city and the team, "the White House" the building and the staff. Only a
   * country is held to one type, since news names national teams and governments by the country.
   */
  private boolean metonymy(TokenDocument document, Name name, EntityType winner) {
    boolean placeOrOrg = (name.type() == EntityType.LOC || name.type() == EntityType.ORG)
        && (winner == EntityType.LOC || winner == EntityType.ORG);
    return placeOrOrg && lexicon.countryCode(document.text(name)).isEmpty();
  }

  /** Whether a one-word name may be found untagged: a capitalised word, not a function word. */
  private boolean propagatesAlone(String language, String word) {
    return word.length() > 1 && Words.capitalised(word) && !lexicon.is(Lexicon.Kind.NOT_A_NAME, language, word)
        && !lexicon.is(Lexicon.Kind.FUNCTION, language, word) && !lexicon.is(Lexicon.Kind.INTERFACE, language, word)
        && !lexicon.is(Lexicon.Kind.ORG_HEAD, language, word);
  }

  private static boolean matches(TokenDocument document, int s, int start, List<String> form,
      Map<String, Evidence> evidence, boolean shouting) {
    Evidence e = evidence.get(key(document, s, start, start + form.size()));
    if (e == null) {
      return false;
    }
    if (shouting) {
      return true;
    }
    List<String> written = document.sentence(s).tokens().subList(start, start + form.size());
    return e.forms.stream().anyMatch(written::equals);
  }

  private static boolean touchesCapitalised(TokenSentence sentence, int start, int end, boolean shouting) {
    if (shouting) {
      return false;
    }
    return start > 0 && Words.capitalised(sentence.token(start - 1)) && start - 1 > 0
        || end < sentence.size() && Words.capitalised(sentence.token(end));
  }

  static String key(TokenDocument document, int sentence, int start, int end) {
    StringBuilder key = new StringBuilder();
    for (int i = start; i < end; i++) {
      key.append(document.folded(sentence, i)).append(' ');
    }
    return key.toString();
  }
}
