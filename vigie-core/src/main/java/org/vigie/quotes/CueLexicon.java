package org.vigie.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words one language attributes speech with, looked up word by word: a finite form of a verb
 * of saying ("said", "affirme"), with its subject pronoun after a hyphen when inverted
 * ("affirme-t-elle", "dit-il"); an auxiliary, a few adverbs and a participle ("a affirmé", "ont
 * aussi précisé", "a-t-il ajouté"); a preposition of source ("selon", "d'après", "according to");
 * a verb with its particle ("pointed out"). Lookups in sets, not one alternation of hundreds of
 * forms, keep the scan linear in the words of the text.
 */
final class CueLexicon {
  private final Set<String> finite;
  private final Set<String> participles;
  private final Set<String> auxiliaries;
  private final Set<String> adverbs;
  private final Set<String> pronouns;
  /** Source prepositions and phrasal verbs: first word → the words that must follow. */
  private final Map<String, List<String>> sources;
  private final Map<String, List<String>> phrasal;
  private final Set<String> objectVerbs;

  private CueLexicon(Set<String> finite, Set<String> participles, Set<String> auxiliaries, Set<String> adverbs,
      Set<String> pronouns, Map<String, List<String>> sources, Map<String, List<String>> phrasal,
      Set<String> objectVerbs) {
    this.finite = Set.copyOf(finite);
    this.participles = Set.copyOf(participles);
    this.auxiliaries = Set.copyOf(auxiliaries);
    this.adverbs = Set.copyOf(adverbs);
    this.pronouns = Set.copyOf(pronouns);
    this.sources = Map.copyOf(sources);
    this.phrasal = Map.copyOf(phrasal);
    this.objectVerbs = Set.copyOf(objectVerbs);
  }

  /** The cues of a stretch that are not inside a quote, in order. */
  List<Cue> find(String text, TextRange stretch, List<QuoteMarks.Quoted> quotes) {
    List<Word> words = Word.in(text, stretch.start(), stretch.end());
    List<Cue> cues = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (insideQuote(word.start(), quotes)) {
        continue;
      }
      Optional<Cue> cue = cueAt(text, words, i);
      if (cue.isPresent()) {
        cues.add(cue.get());
        while (i + 1 < words.size() && words.get(i + 1).start() < cue.get().range().end()) {
          i++;
        }
      }
    }
    return cues;
  }

  private Optional<Cue> cueAt(String text, List<Word> words, int i) {
    String word = words.get(i).lower();
    Optional<Cue> fixed = phrase(text, words, i, sources.get(word), Cue.Kind.SOURCE);
    if (fixed.isPresent()) {
      return fixed;
    }
    Optional<Cue> particle = phrase(text, words, i, phrasal.get(word), Cue.Kind.VERB);
    if (particle.isPresent()) {
      return particle;
    }
    // "affirme-t-elle", "dit-il", "a-t-il": the verb, then the inverted subject after a hyphen.
    String base = word;
    Optional<TextRange> pronoun = Optional.empty();
    int hyphen = word.indexOf('-');
    if (hyphen > 0) {
      String subject = word.substring(word.lastIndexOf('-') + 1);
      if (pronouns.contains(subject)) {
        base = word.substring(0, hyphen);
        int end = words.get(i).end();
        pronoun = Optional.of(new TextRange(end - subject.length(), end));
      } else {
        return Optional.empty();
      }
    }
    if (auxiliaries.contains(base)) {
      for (int j = i + 1; j < words.size() && j <= i + 4; j++) {
        String next = words.get(j).lower();
        if (participles.contains(next)) {
          return Optional.of(cue(words, i, j, Cue.Kind.VERB, pronoun, next));
        }
        if (!adverbs.contains(next)) {
          break;
        }
      }
    }
    if (finite.contains(base) && !(auxiliaries.contains(base) && pronoun.isEmpty())) {
      return Optional.of(cue(words, i, i, Cue.Kind.VERB, pronoun, base));
    }
    return Optional.empty();
  }

  private Optional<Cue> phrase(String text, List<Word> words, int i, List<String> rest, Cue.Kind kind) {
    if (rest == null || i + rest.size() >= words.size() + (rest.isEmpty() ? 1 : 0)) {
      return Optional.empty();
    }
    for (int k = 0; k < rest.size(); k++) {
      if (!words.get(i + 1 + k).lower().equals(rest.get(k))) {
        return Optional.empty();
      }
    }
    return Optional.of(cue(words, i, i + rest.size(), kind, Optional.empty(), words.get(i).lower()));
  }

  private Cue cue(List<Word> words, int first, int last, Cue.Kind kind, Optional<TextRange> pronoun, String verb) {
    TextRange range = new TextRange(words.get(first).start(), words.get(last).end());
    return new Cue(range, kind, pronoun, objectVerbs.contains(verb));
  }

  private static boolean insideQuote(int offset, List<QuoteMarks.Quoted> quotes) {
    int low = 0;
    int high = quotes.size() - 1;
    while (low <= high) {
      int middle = (low + high) >>> 1;
      TextRange range = quotes.get(middle).range();
      if (offset <= range.start()) {
        high = middle - 1;
      } else if (offset >= range.end()) {
        low = middle + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  // ---- French ----

  /** Verbs of saying in -er: every form is the stem and a regular ending. */
  private static final String[] FRENCH_ER = {"affirmer", "indiquer", "déclarer", "préciser", "ajouter", "expliquer",
      "souligner", "estimer", "assurer", "annoncer", "confier", "rappeler", "insister", "lancer", "noter",
      "observer", "dénoncer", "commenter", "raconter", "résumer", "marteler", "regretter", "déplorer",
      "répliquer", "rétorquer", "exclamer", "témoigner", "confirmer", "signaler", "constater", "relever",
      "tweeter", "détailler", "plaider", "fustiger", "accuser", "avancer", "développer", "interroger", "demander",
      "juger", "nuancer", "protester", "saluer", "tonner", "alerter", "menacer", "jurer", "reprocher", "critiquer",
      "féliciter", "nier", "ironiser", "lâcher", "glisser", "conseiller", "avouer", "répéter", "considérer",
      "écrier", "qualifier", "décrire"};

  /** Irregular verbs: finite forms, then the participle after "|". */
  private static final String[] FRENCH_IRREGULAR = {"dit disent disait disaient dira|dit",
      "écrit écrivent écrivait écrivaient|écrit", "reconnaît reconnait reconnaissent reconnaissait|reconnu",
      "admet admettent admettait|admis", "répond répondent répondait répondaient|répondu",
      "poursuit poursuivent poursuivait|poursuivi", "conclut concluent concluait|conclu",
      "soutient soutiennent soutenait|soutenu", "promet promettent promettait|promis",
      "avertit avertissent avertissait|averti", "prévient préviennent prévenait|prévenu",
      "maintient maintiennent maintenait|maintenu", "dément démentent démentait|démenti",
      "prédit prédisent prédisait|prédit", "décrit décrivent décrivait|décrit", "rappelle rappellent|rappelé",
      "martèle martèlent|martelé", "répète répètent|répété", "considère considèrent|considéré"};

  static CueLexicon french() {
    Set<String> finite = new HashSet<>();
    Set<String> participles = new HashSet<>();
    for (String verb : FRENCH_ER) {
      if (!verb.endsWith("er")) {
        continue;
      }
      String stem = verb.substring(0, verb.length() - 2);
      for (String ending : new String[] {"e", "ent", "ait", "aient", "a", "era", "ant"}) {
        finite.add(stem + ending);
      }
      participles.add(stem + "é");
    }
    for (String verb : FRENCH_IRREGULAR) {
      String[] parts = verb.split("\\|");
      finite.addAll(List.of(parts[0].split(" ")));
      participles.add(parts[1]);
    }
    return new CueLexicon(finite, participles,
        Set.of("a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "auront"),
        Set.of("aussi", "également", "encore", "notamment", "enfin", "déjà", "ensuite", "alors", "pourtant",
            "toutefois", "cependant", "ainsi", "même", "bien", "clairement", "publiquement", "d'ailleurs"),
        Set.of("il", "elle", "ils", "elles", "on"),
        Map.of("selon", List.of(), "d'", List.of("après"), "aux", List.of("dires", "de"),
            "cité", List.of("par"), "citée", List.of("par")),
        Map.of(),
        Set.of("confié", "confie", "dit", "répondu", "répond", "demandé", "demande", "expliqué", "explique", "lancé",
            "lance", "assuré", "assure"));
  }

  // ---- English ----

  private static final String[] ENGLISH = {"said", "says", "say", "saying", "told", "tells", "tell", "telling",
      "added", "adds", "adding", "wrote", "writes", "writing", "asked", "asks", "asking", "explained", "explains",
      "explaining", "noted", "notes", "noting", "argued", "argues", "arguing", "claimed", "claims", "claiming",
      "warned", "warns", "warning", "insisted", "insists", "insisting", "stated", "states", "declared", "declares",
      "announced", "announces", "announcing", "tweeted", "tweets", "tweeting", "continued", "continues", "recalled",
      "recalls", "acknowledged", "acknowledges", "admitted", "admits", "replied", "replies", "responded", "responds",
      "suggested", "suggests", "reported", "reports", "remarked", "observed", "observes", "predicted", "predicts",
      "promised", "conceded", "concedes", "contended", "contends", "asserted", "asserts", "maintained", "stressed",
      "stresses", "emphasized", "emphasised", "quipped", "quips", "joked", "jokes", "shouted", "shouts", "yelled",
      "yells", "screamed", "screams", "exclaimed", "whispered", "chanted", "chants", "sang", "sings", "urged",
      "urges", "urging", "called", "calls", "calling", "described", "describes", "describing", "labeled", "labelled",
      "labels", "dubbed", "boasted", "complained", "complains", "lamented", "cautioned", "testified", "vowed",
      "pledged", "confirmed", "confirms", "denied", "denies", "charged", "alleged", "alleges", "wondered", "mused",
      "muses", "recounted", "recounts", "cited", "countered", "retorted", "agreed", "agrees", "believes", "believed",
      "thinks", "reminded", "reminds", "informed", "assured", "assures", "texted", "posted", "blasted", "slammed",
      "accused", "accuses", "praised", "answered", "answers", "interjected", "pleaded", "begged", "demanded",
      "demands", "concluded", "concludes", "offered", "opined", "reasoned", "criticized", "criticised",
      "criticizes", "condemned", "condemns", "likened", "hailed", "branded", "lauded", "attacked", "exhorted",
      "proclaimed", "referenced", "compared", "dismissed", "denounced", "decried", "mocked", "ridiculed", "derided",
      "touted", "termed", "characterized", "characterised", "questioned", "challenged", "encouraged", "encourages",
      "encouraging", "implored", "commented", "comments", "scolded", "reads", "read"};

  static CueLexicon english() {
    return new CueLexicon(Set.of(ENGLISH), Set.of(), Set.of(), Set.of(), Set.of(),
        Map.of("according", List.of("to"), "quoted", List.of("by")),
        Map.of("pointed", List.of("out"), "points", List.of("out"), "went", List.of("on"), "goes", List.of("on"),
            "shot", List.of("back"), "fired", List.of("back"), "summed", List.of("up")),
        Set.of("told", "tells", "tell", "telling", "asked", "asks", "asking", "reminded", "reminds", "informed",
            "assured", "assures", "urged", "urges", "accused", "accuses", "praised", "blasted", "slammed"));
  }
}
