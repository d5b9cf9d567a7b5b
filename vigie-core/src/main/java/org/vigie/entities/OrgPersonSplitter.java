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
 * is no name.
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
    if (name.length() < 3 || name.type() == EntityType.LOC || name.type() == EntityType.MISC
        || document.shouting(name.sentence())) {
      out.add(name);
      return;
    }
    int cut = -1;
    for (int i = name.start(); i < name.end(); i++) {
      String token = sentence.token(i);
      if (Words.wordLike(token) && !Words.capitalised(token) && !lexicon.is(Kind.PARTICLE, language, token)
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
    boolean roleOrOrgHead = lexicon.is(Kind.ORG_HEAD, language, head) || lexicon.is(Kind.ROLE, language, head);
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

  private boolean anyOrgWord(String language, TokenSentence sentence, int start, int end) {
    for (int i = start; i < end; i++) {
      if (lexicon.is(Kind.ORG_HEAD, language, sentence.token(i)) || lexicon.isOrganisation(sentence.token(i))) {
        return true;
      }
    }
    return false;
  }
}
