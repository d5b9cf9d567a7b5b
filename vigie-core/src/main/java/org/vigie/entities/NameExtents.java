package org.vigie.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.model.EntityType;

/**
 * Where a name ends and what a part of one is, from the shape of the words around it:
 *
 * <ul>
 *   <li>a regnal number belongs to the name before it ("Elizabeth II", "Louis XIV", "Pedro I"), and
 *       a club's bracketed town initial to the club ("Mladost ( L )"), and the possessive of a
 *       company named "X's Y" to its short form ("Boatmen's Bancshares" … "Boatmen's");
 *   <li>a leading "X-based" or "X-born" is an adjective of its own, not the company's or the
 *       person's name ("Boston-based | Reagan Communications");
 *   <li>one word the tagger calls a person, which opens an organisation's name elsewhere in the
 *       document and no person's, is that organisation ("Rotor" … "Rotor Volgograd").
 * </ul>
 */
final class NameExtents implements Correction {
  private static final Pattern ROMAN = Pattern.compile("(?:X{0,2})(?:IX|IV|V?I{0,3})");
  private static final Pattern ADJECTIVE = Pattern.compile(".+-(?:based|born|led|owned|controlled|backed)");

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    List<Name> result = new ArrayList<>(names.size());
    Coverage covered = new Coverage(document, names);
    Set<String> possessiveHeads = possessiveHeads(document, names);
    for (Name name : names) {
      TokenSentence sentence = document.sentence(name.sentence());
      if (name.length() > 1 && ADJECTIVE.matcher(sentence.token(name.start())).matches()) {
        result.add(new Name(name.sentence(), name.start(), name.start() + 1, EntityType.MISC));
        // What is based somewhere is a company: the tagger's MISC for the whole was the adjective's.
        Name rest = name.withTokens(name.start() + 1, name.end());
        result.add(rest.type() == EntityType.MISC ? rest.withType(EntityType.ORG) : rest);
        continue;
      }
      int end = name.end();
      if (name.type() == EntityType.PER && end < sentence.size() && !covered.covers(name.sentence(), end)
          && regnal(sentence, end)) {
        end++;
      }
      if (end < sentence.size() && isPossessive(sentence.token(end)) && !covered.covers(name.sentence(), end)
          && possessiveHeads.contains(DocumentConsistency.key(document, name.sentence(), name.start(), end))) {
        result.add(new Name(name.sentence(), name.start(), end + 1, EntityType.ORG));
        continue;
      }
      if (name.type() == EntityType.ORG && bracketedInitials(sentence, end) && !covered.anyIn(name.sentence(), end,
          end + 3)) {
        end += 3;
      }
      result.add(end == name.end() ? name : name.withTokens(name.start(), end));
    }
    return organisationHeads(document, result);
  }

  /**
   * The names before the possessive of organisations named "X's Y" in the document: the company
   * "Boatmen's Bancshares" is "Boatmen's" in the next sentence, not "Boatmen".
   */
  private static Set<String> possessiveHeads(TokenDocument document, List<Name> names) {
    Set<String> heads = new HashSet<>();
    for (Name name : names) {
      for (int i = name.start() + 1; name.type() == EntityType.ORG && i < name.end() - 1; i++) {
        if (isPossessive(document.token(name.sentence(), i))) {
          heads.add(DocumentConsistency.key(document, name.sentence(), name.start(), i));
        }
      }
    }
    return heads;
  }

  private static boolean isPossessive(String token) {
    return token.equals("'s") || token.equals("’s");
  }

  /** "Mladost ( L )": a club's town initial in brackets, as results tables write it. */
  private static boolean bracketedInitials(TokenSentence sentence, int index) {
    return index + 2 < sentence.size() && sentence.token(index).equals("(") && sentence.token(index + 2).equals(")")
        && sentence.token(index + 1).length() <= 2 && Words.allCaps(sentence.token(index + 1));
  }

  /** "II", "XIV"; "I" only where no verb can follow it ("Pedro I ,"). */
  private static boolean regnal(TokenSentence sentence, int index) {
    String token = sentence.token(index);
    if (token.isEmpty() || !ROMAN.matcher(token).matches()) {
      return false;
    }
    if (!token.equals("I")) {
      return true;
    }
    return index + 1 >= sentence.size() || !Words.wordLike(sentence.token(index + 1))
        || sentence.token(index + 1).equals("of");
  }

  private static List<Name> organisationHeads(TokenDocument document, List<Name> names) {
    Map<String, EntityType> firstWords = new HashMap<>();
    Set<String> personWords = new HashSet<>();
    for (Name name : names) {
      if (name.length() < 2) {
        continue;
      }
      if (name.type() == EntityType.PER) {
        for (int i = name.start(); i < name.end(); i++) {
          personWords.add(Words.folded(document.token(name.sentence(), i)));
        }
      } else if (name.type() == EntityType.ORG) {
        firstWords.put(Words.folded(document.token(name.sentence(), name.start())), EntityType.ORG);
      }
    }
    if (firstWords.isEmpty()) {
      return names;
    }
    List<Name> result = new ArrayList<>(names.size());
    for (Name name : names) {
      String word = name.length() == 1 ? Words.folded(document.token(name.sentence(), name.start())) : null;
      boolean head = word != null && name.type() == EntityType.PER && firstWords.containsKey(word)
          && !personWords.contains(word);
      result.add(head ? name.withType(EntityType.ORG) : name);
    }
    return result;
  }
}
