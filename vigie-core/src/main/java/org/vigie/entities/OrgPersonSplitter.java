package org.vigie.entities;

import java.util.ArrayList;
import java.util.List;
import org.vigie.entities.Lexicon.Kind;
import org.vigie.model.EntityType;

/**
 * A tagger sometimes runs a role or an organisation into the person after it: "Services de
 * renseignement Hakan Fidan", "ministre turc de la Défense Hulusi Akar". Such a name is cut where
 * its last lower-case word (not a name particle) ends: the capitalised words after it are the
 * person, minus department words at their head ("Défense"); the words before are an organisation
 * when they start with an organisation's head word ("Services", "ministère"), else a role, which
 * is no name. A department word that opens a name after a role ("ministre des | Finances Berat
 * Albayrak", "vice-ministre de la | Défense du GNA") is the role's, not the name's.
 */
final class OrgPersonSplitter implements Correction {
  private final Lexicon lexicon;

  OrgPersonSplitter(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  @Override
  public List<Name> apply(TokenDocument document, List<Name> names) {
    List<Name> result = new ArrayList<>(names.size());
    for (Name name : names) {
      split(document, name, result);
    }
    return result;
  }

  private void split(TokenDocument document, Name name, List<Name> out) {
    String language = document.language();
    TokenSentence sentence = document.sentence(name.sentence());
    int afterDepartment = afterDepartment(language, sentence, name);
    if (afterDepartment > name.start()) {
      out.add(new Name(name.sentence(), afterDepartment, name.end(), EntityType.PER));
      return;
    }
    int afterRole = withoutLeadingDepartment(language, sentence, name);
    if (afterRole > name.start()) {
      out.add(new Name(name.sentence(), afterRole, name.end(), name.type()));
      return;
    }
    if (name.length() < 3 || name.type() == EntityType.LOC || name.type() == EntityType.MISC
        || document.shouting(name.sentence())) {
      out.add(name);
      return;
    }
    int cut = -1;
    for (int i = name.start(); i < name.end(); i++) {
      String token = sentence.token(i);
      if (Words.wordLike(token) && !Words.hasCapital(token) && !lexicon.is(Kind.PARTICLE, language, token)
          && !lexicon.is(Kind.FUNCTION, language, token)) {
        cut = i + 1;
      }
    }
    if (cut < 0 || name.end() - cut < 2) {
      out.add(name);
      return;
    }
    int person = cut;
    while (name.end() - person > 2 && (lexicon.is(Kind.ROLE_PART, language, sentence.token(person))
        || lexicon.is(Kind.ORG_HEAD, language, sentence.token(person))
        || lexicon.is(Kind.PARTICLE, language, sentence.token(person))
        || lexicon.is(Kind.FUNCTION, language, sentence.token(person)))) {
      person++;
    }
    // An organisation's own name may end in capitalised words ("Association des amis de Radio
    // France"): an ORG is cut only when what follows is short and holds no organisation word.
    String head = sentence.token(name.start());
    boolean roleOrOrgHead = lexicon.is(Kind.ORG_HEAD, language, head) || lexicon.is(Kind.ROLE, language, head)
        || lexicon.is(Kind.ROLE, language, sentence.token(cut - 1)); // "Defence Ministry spokesman | Hami Aksoy"
    if (name.type() == EntityType.ORG && (!roleOrOrgHead || name.end() - person > 3
        || anyOrgWord(language, sentence, person, name.end()))) {
      out.add(name);
      return;
    }
    for (int i = person; i < name.end(); i++) {
      if (!Words.capitalised(sentence.token(i))) {
        out.add(name);
        return;
      }
    }
    if (lexicon.is(Kind.ORG_HEAD, language, sentence.token(name.start()))) {
      out.add(new Name(name.sentence(), name.start(), cut, EntityType.ORG));
    }
    out.add(new Name(name.sentence(), person, name.end(), EntityType.PER));
  }

  /**
   * "ministre des Finances Berat Albayrak" tagged "Finances Berat Albayrak": a role head, function
   * words, then the name opens with department words and goes on with two or three capitalised
   * words. Returns where the person starts, or the name's start when the pattern does not hold.
   */
  private int afterDepartment(String language, TokenSentence sentence, Name name) {
    int person = name.start();
    while (person < name.end() && Words.capitalised(sentence.token(person))
        && lexicon.is(Kind.ROLE_PART, language, sentence.token(person))) {
      person++;
    }
    int rest = name.end() - person;
    if (person == name.start() || rest < 2 || rest > 3) {
      return name.start();
    }
    for (int i = person; i < name.end(); i++) {
      if (!Words.capitalised(sentence.token(i)) || lexicon.is(Kind.ORG_HEAD, language, sentence.token(i))) {
        return name.start();
      }
    }
    int before = name.start() - 1;
    while (before >= 0 && lexicon.is(Kind.FUNCTION, language, sentence.token(before))) {
      before--;
    }
    return before >= 0 && before < name.start() - 1 && lexicon.is(Kind.ROLE, language, sentence.token(before))
        ? person : name.start();
  }

  /**
   * A department named inside a role is not the organisation: "(vice-ministre de la) Défense du GNA"
   * → "GNA". Returns where the name proper starts, or the name's start.
   */
  private int withoutLeadingDepartment(String language, TokenSentence sentence, Name name) {
    if (name.type() == EntityType.PER) {
      return name.start();
    }
    int head = name.start();
    while (head < name.end() && lexicon.is(Kind.ROLE_PART, language, sentence.token(head))) {
      head++;
    }
    int departments = head - name.start();
    while (departments > 0 && head < name.end() && lexicon.is(Kind.FUNCTION, language, sentence.token(head))) {
      head++;
    }
    return departments > 0 && head < name.end() && head > name.start() + departments
        && Words.capitalised(sentence.token(head)) ? head : name.start();
  }

  private boolean anyOrgWord(String language, TokenSentence sentence, int start, int end) {
    for (int i = start; i < end; i++) {
      if (lexicon.is(Kind.ORG_HEAD, language, sentence.token(i)) || lexicon.isOrganisation(sentence.token(i))) {
        return true;
      }
    }
    return false;
  }
}
