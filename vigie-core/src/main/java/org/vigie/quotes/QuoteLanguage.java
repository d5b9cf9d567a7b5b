package org.vigie.quotes;

import java.util.Objects;
import java.util.Set;

/**
 * The words of one language the quote finder needs besides its cues: which words are pronouns,
 * determiners, prepositions and relative words, which adverbs may stand between a speaker and
 * the verb, which nouns name a document that speaks for its author ("un communiqué du GNA"), and
 * which phrases point back to the previous source ("la même source"), which words are auxiliaries
 * (a verb is near) and which open a subordinate clause (what was said has ended).
 */
record QuoteLanguage(String code, CueLexicon cues, Set<String> pronouns, Set<String> determiners,
    Set<String> prepositions, Set<String> relatives, Set<String> adverbs, Set<String> conjunctions,
    Set<String> documents, Set<String> sameSource, Set<String> complementizers, Set<String> auxiliaries,
    Set<String> subordinators) {
  QuoteLanguage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(cues, "cues");
  }

  static QuoteLanguage forCode(String code) {
    return "fr".equals(code) ? FRENCH : ENGLISH;
  }

  static final QuoteLanguage FRENCH = new QuoteLanguage("fr", CueLexicon.french(),
      Set.of("il", "elle", "ils", "elles", "on", "je", "nous", "celui-ci", "celle-ci", "ce dernier", "cette dernière"),
      Set.of("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
          "leur", "leurs", "notre"),
      Set.of("à", "au", "aux", "dans", "en", "pour", "par", "sur", "avec", "lors", "devant", "après", "avant",
          "depuis", "vers", "chez", "sans", "sous", "entre", "pendant", "dès", "contre"),
      Set.of("qui", "que", "dont", "lequel", "laquelle", "où"),
      Set.of("aussi", "également", "encore", "notamment", "enfin", "déjà", "ensuite", "alors", "pourtant",
          "toutefois", "cependant", "ainsi", "même", "bien", "ne", "n'", "pas", "y", "en"),
      Set.of("et", "mais", "ou", "or", "donc", "car", "puis", "tandis", "alors", "si", "comme", "lorsque", "quand"),
      Set.of("communiqué", "communiqués", "déclaration", "rapport", "document", "lettre", "courrier", "texte",
          "message", "tweet", "note", "compte", "site", "bilan", "avis", "source", "sources", "dépêche", "journal",
          "quotidien", "entourage", "cabinet", "services"),
      Set.of("la même source", "même source", "le communiqué", "ce communiqué", "le texte", "ce texte",
          "le document", "ce document", "la déclaration", "cette déclaration", "le rapport", "ce rapport"),
      Set.of("que", "qu'"),
      Set.of("est", "sont", "était", "étaient", "a", "ont", "avait", "avaient", "sera", "seront", "fut", "va", "vont",
          "s'est", "se"),
      Set.of("après", "avant", "lorsque", "lorsqu'", "quand", "alors", "tandis", "parce", "puisque", "puisqu'",
          "bien", "pendant", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier"));

  static final QuoteLanguage ENGLISH = new QuoteLanguage("en", CueLexicon.english(),
      Set.of("he", "she", "they", "it", "we", "i", "you"),
      Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its", "our"),
      Set.of("in", "on", "at", "for", "to", "with", "during", "after", "before", "from", "by", "about", "of",
          "into", "over", "under", "through", "since", "until", "via", "outside", "inside", "while", "when"),
      Set.of("who", "which", "whose", "whom", "that"),
      Set.of("also", "later", "then", "previously", "once", "repeatedly", "often", "again", "recently", "publicly",
          "privately", "quickly", "simply", "reportedly", "has", "had", "have", "would", "will", "did", "does", "do",
          "still", "even", "just", "further", "already", "has since", "since", "always", "never", "not",
          "earlier", "separately", "flatly", "bluntly", "angrily", "frequently", "famously", "first",
          "initially", "subsequently", "finally", "ultimately", "originally", "mistakenly", "falsely", "correctly",
          "is", "are", "was", "were", "be", "been"),
      Set.of("and", "but", "or", "as", "so", "yet", "while", "when", "although", "though", "because"),
      Set.of("statement", "statements", "report", "letter", "memo", "document", "release", "tweet", "post",
          "message", "email", "e-mail", "filing", "complaint", "lawsuit", "ruling", "website", "source", "sources"),
      Set.of("the same source", "the statement", "the report", "the letter", "the document", "the release"),
      Set.of("that"),
      Set.of("is", "was", "were", "are", "has", "had", "have", "will", "would", "did", "does", "do", "can", "could",
          "should", "may", "might", "must"),
      Set.of("after", "before", "when", "while", "because", "although", "though", "since", "as", "until", "unless",
          "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
          "tonight", "during", "amid", "despite"));
}
