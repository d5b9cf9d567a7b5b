package org.vigie.events;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The words of one language that event reading needs besides its triggers: which words open a
 * noun phrase, which are auxiliaries, which mark negation or a mere possibility, which prepositions
 * say where, with whom, against whom, by whom and why, which words join actors or end a clause, and
 * which nouns name actors without a name ("la police", "rebels").
 *
 * @param haveAuxiliaries forms of "avoir"/"have" that make compound tenses
 * @param beAuxiliaries forms of "être"/"be" that make the passive (and French compound tenses of movement)
 * @param modals words before a verb that make it only possible, planned or reported ("va", "devrait", "will")
 * @param negations words that deny the verb or noun they stand by ("pas", "not", "aucun")
 * @param skippable clitics and adverbs that may stand inside a verb group ("y", "aussi", "reportedly")
 * @param reflexives the pronouns of pronominal verbs ("se", "s'")
 * @param locatives prepositions of place ("à", "en", "in", "at")
 * @param agents prepositions of the agent of a passive ("par", "by")
 * @param genitives prepositions that attach a name to the noun before it ("de", "of")
 * @param purposes words that open a clause of purpose ("pour", "afin", "to")
 * @param between prepositions that take both parties of a reciprocal event ("entre", "between")
 * @param coordinators words that join actors ("et", ",", "and"), and those that add companions ("accompagné")
 * @param relatives relative pronouns, whose antecedent is the subject ("qui", "who")
 * @param clauseEnds words a subject or an object never crosses ("que", "mais", "because")
 * @param subjectPronouns personal pronouns that stand for a person named before ("il", "she")
 * @param groups nouns of actors without a name ("police", "forces", "protesters")
 * @param capitals the word for a country's capital ("capitale", "capital")
 * @param themes nouns of things an event is about rather than done to ("accord", "memorandum")
 * @param near nouns that make "de"/"of" a preposition of place ("près de", "au nord de", "north of")
 * @param otherPrepositions the remaining prepositions, which make a name a complement ("malgré", "during")
 */
record EventLanguage(String code, TriggerLexicon triggers, Set<String> determiners, Set<String> haveAuxiliaries,
    Set<String> beAuxiliaries, Set<String> modals, Set<String> negations, Set<String> skippable,
    Set<String> reflexives, Set<String> locatives, Set<String> agents, Set<String> genitives, Set<String> purposes,
    Set<String> between, Set<String> coordinators, Set<String> companions, Set<String> relatives,
    Set<String> clauseEnds, Set<String> subjectPronouns, Set<String> groups, Set<String> capitals,
    Set<String> themes, Set<String> near, Set<String> otherPrepositions) {

  EventLanguage {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(triggers, "triggers");
  }

  /** The language of an ISO 639-1 code, when Vigie reads events in it. */
  static Optional<EventLanguage> forCode(String code) {
    return switch (code) {
      case "fr" -> Optional.of(Holder.FRENCH);
      case "en" -> Optional.of(Holder.ENGLISH);
      default -> Optional.empty();
    };
  }

  /** Whether the word is a preposition this language's reading knows. */
  boolean preposition(String word) {
    return locatives.contains(word) || agents.contains(word) || genitives.contains(word) || purposes.contains(word)
        || between.contains(word) || triggers.prepositions().contains(word) || otherPrepositions.contains(word);
  }

  /** Loaded on first use: the trigger lexicons are derived from resources. */
  private static final class Holder {
    static final EventLanguage FRENCH = new EventLanguage("fr", TriggerLexicon.load("triggers-fr.txt", "fr"),
        Set.of("le", "la", "les", "l'", "un", "une", "des", "du", "ce", "cet", "cette", "ces", "son", "sa", "ses",
            "leur", "leurs", "notre", "nos", "plusieurs", "deux", "trois", "quelques", "certains", "aucun", "aucune",
            "nouvelle", "nouveau", "nouvel", "nouvelles", "nouveaux", "première", "premier", "dernière", "dernier"),
        Set.of("a", "ont", "avait", "avaient", "eut", "eurent", "aura", "auront", "aurait", "auraient", "ai", "avons",
            "avez", "avoir", "ayant"),
        Set.of("est", "sont", "était", "étaient", "fut", "furent", "sera", "seront", "serait", "seraient", "été",
            "être", "étant", "soit", "soient"),
        Set.of("va", "vont", "allait", "allaient", "doit", "doivent", "devrait", "devraient", "devait", "devaient",
            "pourrait", "pourraient", "peut", "peuvent", "compte", "comptent", "entend", "entendent", "veut", "veulent",
            "voulait", "souhaite", "souhaitent", "prévoit", "prévoient", "envisage", "envisagent", "aurait",
            "auraient", "serait", "seraient", "sera", "seront", "aura", "auront", "tente", "tentent", "tenté",
            "apprête", "apprêtent", "projette", "projettent", "devra", "devront", "pourra", "pourront"),
        Set.of("ne", "n'", "pas", "jamais", "point", "guère", "aucun", "aucune", "nullement", "sans"),
        Set.of("y", "en", "lui", "leur", "aussi", "également", "déjà", "encore", "notamment", "ainsi", "enfin",
            "toujours", "finalement", "récemment", "officiellement", "bien", "même", "alors", "ensuite", "longuement",
            "publiquement", "brièvement", "conjointement", "formellement", "effectivement", "apparemment",
            "vraisemblablement", "mutuellement", "d'abord", "puis", "hier", "plus"),
        Set.of("se", "s'"),
        Set.of("à", "au", "aux", "en", "dans", "vers", "chez", "près", "auprès", "jusqu'à", "sur"),
        Set.of("par"),
        Set.of("de", "du", "des", "d'"),
        Set.of("pour", "afin"),
        Set.of("entre"),
        Set.of("et", ",", "ainsi", "ou"),
        Set.of("accompagné", "accompagnée", "accompagnés", "accompagnées", "côtés", "escorté", "escortée",
            "escortés", "flanqué", "flanquée", "flanqués"),
        Set.of("qui", "lequel", "laquelle", "lesquels", "lesquelles"),
        Set.of("que", "qu'", "lorsque", "lorsqu'", "quand", "mais", "car", "si", "tandis", "parce", "puisque",
            "puisqu'", "dont", "où", "alors", ";", ":", "«", "»", "\"", "“", "”", "selon", "d'après", "après",
            "avant", "depuis"),
        Set.of("il", "elle"),
        Set.of("police", "policiers", "gendarmes", "gendarmerie", "forces", "troupes", "armée", "soldats",
            "militaires", "manifestants", "protestataires", "rebelles", "insurgés", "combattants", "miliciens",
            "milices", "jihadistes", "djihadistes", "islamistes", "terroristes", "assaillants", "gouvernement",
            "autorités", "opposants", "opposition", "étudiants", "syndicats", "grévistes", "habitants", "civils",
            "otages", "suspects", "journalistes", "militants", "partisans", "paramilitaires", "séparatistes",
            "putschistes", "ravisseurs", "douaniers", "enquêteurs", "juges", "justice", "parquet", "diplomates",
            "ambassadeur", "délégation", "délégations", "personnes", "agriculteurs", "ouvriers", "salariés",
            "infirmiers", "médecins", "enseignants", "détenus", "prisonniers", "réfugiés", "migrants"),
        Set.of("capitale"),
        Set.of("accord", "accords", "mémorandum", "traité", "traités", "protocole", "convention", "pacte", "contrat",
            "compromis", "mémorandums", "texte", "déclaration", "cessez-le-feu", "trêve"),
        Set.of("près", "proximité", "nord", "sud", "est", "ouest", "nord-est", "nord-ouest", "sud-est", "sud-ouest",
            "centre", "environs", "abords", "large", "périphérie", "banlieue", "portes"),
        Set.of("pendant", "durant", "lors", "malgré", "sans", "sous", "parmi", "grâce", "face", "envers", "outre",
            "via", "hors", "dès", "contre", "avec", "pour", "sur", "chez", "depuis", "après", "avant", "selon",
            "d'après", "jusqu'à", "concernant", "suite"));

    static final EventLanguage ENGLISH = new EventLanguage("en", TriggerLexicon.load("triggers-en.txt", "en"),
        Set.of("the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "several",
            "two", "three", "some", "no", "new", "first", "last", "latest", "fresh", "further", "another", "'s"),
        Set.of("has", "have", "had", "having"),
        Set.of("is", "are", "was", "were", "be", "been", "being"),
        Set.of("will", "would", "could", "may", "might", "should", "shall", "can", "must", "plans", "plan",
            "planned", "intends", "intend", "intended", "expected", "set", "due", "going", "wants", "want", "wanted",
            "hopes", "hope", "hoped", "seeks", "seek", "sought", "tried", "tries", "try", "attempted", "attempts",
            "aims", "aim", "prepares", "preparing", "scheduled", "likely", "threatened", "threatens", "vowed",
            "vows", "pledged", "pledges", "promised", "promises", "agreed", "agrees", "offered", "offers"),
        Set.of("not", "n't", "never", "no", "without", "nor"),
        Set.of("also", "already", "reportedly", "recently", "officially", "still", "just", "finally", "again",
            "later", "then", "jointly", "formally", "once", "allegedly", "briefly", "publicly", "first", "yesterday",
            "today", "subsequently", "successfully", "ultimately", "eventually", "quickly", "immediately"),
        Set.of(),
        Set.of("in", "at", "to", "into", "near", "inside", "outside", "across", "around", "throughout"),
        Set.of("by"),
        Set.of("of"),
        Set.of("to"),
        Set.of("between", "among"),
        Set.of("and", ",", "&", "or"),
        Set.of("accompanied", "along", "together", "joined", "flanked", "alongside"),
        Set.of("who", "which", "whom"),
        Set.of("that", "but", "because", "when", "while", "although", "though", "if", "whereas", "since", "where",
            "whose", ";", ":", "\"", "“", "”", "according", "after", "before", "as", "unless", "until"),
        Set.of("he", "she"),
        Set.of("police", "forces", "troops", "army", "soldiers", "military", "protesters", "protestors",
            "demonstrators", "rebels", "insurgents", "fighters", "militants", "militia", "militias", "jihadists",
            "islamists", "terrorists", "gunmen", "attackers", "government", "authorities", "opposition", "students",
            "unions", "strikers", "residents", "civilians", "hostages", "suspects", "journalists", "activists",
            "supporters", "paramilitaries", "separatists", "kidnappers", "investigators", "prosecutors", "judges",
            "diplomats", "ambassador", "delegation", "people", "farmers", "workers", "nurses", "doctors",
            "teachers", "detainees", "prisoners", "refugees", "migrants", "officers", "officials"),
        Set.of("capital"),
        Set.of("agreement", "agreements", "deal", "deals", "treaty", "treaties", "memorandum", "accord", "accords",
            "pact", "contract", "protocol", "compromise", "declaration", "ceasefire", "cease-fire", "truce"),
        Set.of("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outskirts",
            "suburbs", "coast", "heart", "centre", "center"),
        Set.of("during", "despite", "without", "under", "among", "through", "via", "over", "about", "against",
            "with", "for", "from", "on", "upon", "towards", "toward", "within", "amid", "after", "before", "since",
            "according", "following", "including", "like", "per"));
  }
}
