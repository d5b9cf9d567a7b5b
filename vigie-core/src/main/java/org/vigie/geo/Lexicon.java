package org.vigie.geo;

import java.util.Set;

/** Words that decide how a capitalised name is read, in French and English. */
final class Lexicon {
  private Lexicon() {}

  private static Set<String> words(String... words) {
    return Set.copyOf(java.util.Arrays.asList(words)); // the lists overlap a little; duplicates are harmless
  }

  /** Function words: a capitalised one starts a sentence, it is not a place ("Le", "Of", "In"). */
  static final Set<String> STOP_WORDS = words("a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if",
      "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then", "there", "these",
      "they", "this", "to", "was", "will", "with", "he", "she", "we", "you", "i", "his", "her", "its", "our", "from",
      "after", "before", "when", "while", "where", "who", "what", "which", "all", "some", "many", "most", "more",
      "new", "one", "two", "three", "so", "up", "out", "about", "over", "under", "also", "only", "just", "even",
      "le", "la", "les", "l", "un", "une", "des", "du", "de", "d", "au", "aux", "et", "ou", "en", "dans", "par", "pour",
      "sur", "avec", "sans", "sous", "ce", "cet", "cette", "ces", "il", "elle", "ils", "elles", "on", "nous", "vous",
      "je", "son", "sa", "ses", "leur", "leurs", "mais", "donc", "car", "ni", "que", "qui", "quoi", "dont", "ou",
      "selon", "depuis", "pendant", "apres", "avant", "lors", "entre", "vers", "chez", "contre", "plus", "moins",
      "tout", "tous", "toute", "toutes", "aussi", "ainsi", "si", "ne", "pas", "est", "sont", "a", "ont", "mr", "mrs",
      "ms", "dr", "m", "mme", "mlle", "st");

  /** Months and weekdays: capitalised in English, and some are also places ("May", "Mars"). */
  static final Set<String> CALENDAR = words("january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
      "octobre", "novembre", "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
      "christmas", "easter", "noel", "paques");

  /** Small words that may stand inside a multi-word place name ("Stratford-upon-Avon", "Saint-Denis-de-la-Réunion"). */
  static final Set<String> CONNECTORS = words("of", "the", "upon", "on", "de", "du", "des", "la", "le", "les", "d'",
      "l'", "en", "sur", "sous", "al", "el", "y", "di", "da", "do", "dos", "am", "an", "der", "im", "bei", "aux", "and",
      "et", "lès", "les");

  /** Words before a place name that are part of the way it is said, not a first name ("North Carolina" aside). */
  static final Set<String> DESCRIPTORS = words("north", "south", "east", "west", "northern", "southern", "eastern",
      "western", "central", "greater", "downtown", "upper", "lower", "old", "new", "metro", "nord", "sud", "est",
      "ouest", "grand", "haute", "haut", "basse", "bas", "centre", "northeast", "northwest", "southeast", "southwest",
      "suburban", "rural", "coastal", "occupied", "mainland");

  /** Titles before a person's name: the name after them is not a place ("M. Paris", "President Jackson"). */
  /** Words after a name that make it a street's ("Clarksville St.", "Main Street"). */
  static final Set<String> STREET_AFTER = words("st", "street", "ave", "avenue", "rd", "road", "blvd", "boulevard",
      "dr", "drive", "ln", "lane", "pike", "parkway", "pkwy", "hwy", "highway", "way", "court", "ct");
  /** Words before "de"/"du"/"des" that make the name after them a street's ("rue de Paris", "avenue de Lyon"). */
  static final Set<String> STREET_BEFORE = words("rue", "avenue", "boulevard", "bd", "quai", "impasse", "allee",
      "chemin", "cours", "route");
  static final Set<String> TITLES = words("mr", "mrs", "ms", "miss", "dr", "m", "mme", "mlle", "sir", "lord", "lady",
      "president", "senator", "sen", "rep", "gov", "governor", "general", "gen", "col", "capt", "sgt", "lt", "judge",
      "rev", "father", "saint", "pope", "king", "queen", "prince", "princess", "coach", "officer", "deputy", "mayor",
      "président", "ministre", "maréchal", "general", "sénateur", "juge");

  /** Verbs after a capital or country that make it stand for its government ("Ankara a signé", "Moscow said"). */
  static final Set<String> GOVERNMENT_VERBS = words("a", "avait", "aura", "est", "sera", "va", "veut", "doit",
      "peut", "accuse", "dénonce", "denonce", "estime", "affirme", "annonce", "assure", "exige", "menace", "refuse",
      "rejette", "condamne", "soutient", "réclame", "reclame", "promet", "répond", "repond", "appelle", "demande",
      "signe", "négocie", "negocie", "said", "says", "say", "has", "have", "had", "will", "would", "is", "was",
      "accused", "accuses", "announced", "announces", "signed", "warned", "warns", "wants", "wanted", "claimed",
      "claims", "denied", "denies", "condemned", "demanded", "demands", "insisted", "rejected", "threatened",
      "responded", "agreed", "refused", "urged", "urges", "sent", "imposed", "launched", "backed", "supports",
      "supported", "blamed", "blames", "sanctioned", "retaliated", "vowed", "considers", "believes", "hopes");
}
