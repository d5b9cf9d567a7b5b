package org.vigie.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words one language attributes speech with, and where they stand in a sentence. A cue is one
 * of: an auxiliary and a participle of a verb of saying ({@code aux}, {@code participle}), with the
 * subject pronoun after a hyphen when inverted ({@code pronoun}: "a-t-il ajouté", "affirme-t-elle");
 * a finite form ({@code finite}); a preposition of source ({@code source}).
 */
final class CueLexicon {
  private final Pattern pattern;
  private final Set<String> objectVerbs;

  private CueLexicon(Pattern pattern, Set<String> objectVerbs) {
    this.pattern = pattern;
    this.objectVerbs = Set.copyOf(objectVerbs);
  }

  /** The cues of a sentence that are not inside a quote, in order. */
  List<Cue> find(String text, TextRange sentence, List<QuoteMarks.Quoted> quotes) {
    List<Cue> cues = new ArrayList<>();
    Matcher matcher = pattern.matcher(text).region(sentence.start(), sentence.end());
    matcher.useTransparentBounds(true);
    while (matcher.find()) {
      int at = matcher.start();
      if (quotes.stream().anyMatch(q -> q.range().start() < at && at < q.range().end())) {
        continue;
      }
      TextRange range = new TextRange(matcher.start(), matcher.end());
      if (matcher.group("source") != null) {
        cues.add(new Cue(range, Cue.Kind.SOURCE, Optional.empty(), false));
        continue;
      }
      Optional<TextRange> pronoun = Optional.empty();
      for (String group : new String[] {"pronoun", "pronoun2"}) {
        if (has(matcher, group) && matcher.group(group) != null) {
          pronoun = Optional.of(new TextRange(matcher.start(group), matcher.end(group)));
        }
      }
      String verb = matcher.group().toLowerCase(java.util.Locale.ROOT);
      boolean takesObject = objectVerbs.stream().anyMatch(verb::endsWith);
      cues.add(new Cue(range, Cue.Kind.VERB, pronoun, takesObject));
    }
    return cues;
  }

  private static boolean has(Matcher matcher, String group) {
    try {
      matcher.start(group);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  // ---- French ----

  /** Verbs of saying in -er: every form is the stem and a regular ending. */
  private static final String[] FRENCH_ER = {"affirmer", "indiquer", "déclarer", "préciser", "ajouter", "expliquer",
      "souligner", "estimer", "assurer", "annoncer", "confier", "rappeler", "insister", "lancer", "noter",
      "observer", "dénoncer", "commenter", "raconter", "résumer", "marteler", "regretter", "déplorer",
      "répliquer", "rétorquer", "exclamer", "témoigner", "confirmer", "signaler", "constater", "relever",
      "tweeter", "détailler", "plaider", "fustiger", "accuser", "avancer", "développer", "interroger", "demander",
      "insister", "juger", "prédire", "nuancer", "protester", "saluer", "tonner", "alerter", "menacer", "jurer",
      "reprocher", "critiquer", "féliciter", "démentir", "nier", "ironiser", "lâcher", "glisser", "conseiller",
      "avouer", "répéter", "conclure", "écrire", "dire", "reconnaître", "admettre", "répondre", "poursuivre",
      "soutenir", "promettre", "avertir", "prévenir", "maintenir", "estimer", "considérer", "raconter"};

  /** Irregular verbs: finite forms, then the participle after "|". */
  private static final String[] FRENCH_IRREGULAR = {"dit disent disait disaient dira|dit",
      "écrit écrivent écrivait écrivaient|écrit", "reconnaît reconnait reconnaissent reconnaissait|reconnu",
      "admet admettent admettait|admis", "répond répondent répondait répondaient|répondu",
      "poursuit poursuivent poursuivait|poursuivi", "conclut concluent concluait|conclu",
      "soutient soutiennent soutenait|soutenu", "promet promettent promettait|promis",
      "avertit avertissent avertissait|averti", "prévient préviennent prévenait|prévenu",
      "maintient maintiennent maintenait|maintenu", "dément démentent démentait|démenti",
      "prédit prédisent prédisait|prédit"};

  static CueLexicon french() {
    Set<String> finite = new LinkedHashSet<>();
    Set<String> participles = new LinkedHashSet<>();
    for (String verb : FRENCH_ER) {
      if (!verb.endsWith("er")) {
        continue;  // irregular verbs are listed below
      }
      String stem = verb.substring(0, verb.length() - 2);
      String soft = stem.replaceAll("e(l|t)$", "è$1");  // "martèle", "rappelle" are written by hand below
      for (String ending : new String[] {"e", "ent", "ait", "aient", "a", "era"}) {
        finite.add((ending.startsWith("e") && !ending.equals("era") ? soft : stem) + ending);
      }
      participles.add(stem + "é");
    }
    finite.add("rappelle");
    finite.add("rappellent");
    finite.add("martèle");
    finite.add("répète");
    for (String verb : FRENCH_IRREGULAR) {
      String[] parts = verb.split("\\|");
      finite.addAll(List.of(parts[0].split(" ")));
      participles.add(parts[1]);
    }
    String part = alternation(participles);
    String fin = alternation(finite);
    String aux = "a|ont|avait|avaient|aurait|auraient|aura|auront";
    String adverbs = "(?:(?:aussi|également|encore|notamment|enfin|déjà|ensuite|alors|d['’]ailleurs|pourtant|"
        + "toutefois|cependant|ainsi|par\\s+ailleurs|pour\\s+sa\\s+part|pour\\s+leur\\s+part|de\\s+son\\s+côté|"
        + "quant\\s+à\\s+lui|quant\\s+à\\s+elle|même|bien|clairement|publiquement|plus\\s+tard)\\s+)*";
    String pronoun = "il|elle|ils|elles|on";
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
        + "(?:" + aux + ")(?:-t)?-(?<pronoun>" + pronoun + ")\\s+" + adverbs + "(?:" + part + ")"
        + "|(?:" + aux + ")\\s+" + adverbs + "(?:" + part + ")"
        + "|(?:" + fin + ")(?:-t)?-(?<pronoun2>" + pronoun + ")"
        + "|(?:" + fin + ")"
        + "|(?<source>selon|d['’]après|aux\\s+dires\\s+d[eu]|de\\s+l['’]avis\\s+d[eu]|cité\\s+par|citée\\s+par)"
        + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return new CueLexicon(pattern, Set.of("confié", "confie", "dit", "répondu", "répond", "demandé", "demande",
        "expliqué", "explique", "lancé", "lance", "assuré", "assure"));
  }

  // ---- English ----

  private static final String[] ENGLISH = {"said", "says", "say", "saying", "told", "tells", "tell", "telling",
      "added", "adds", "adding", "wrote", "writes", "writing", "asked", "asks", "asking", "explained", "explains",
      "explaining", "noted", "notes", "noting", "argued", "argues", "arguing", "claimed", "claims", "claiming",
      "warned", "warns", "warning", "insisted", "insists", "insisting", "stated", "states", "declared", "declares",
      "announced", "announces", "tweeted", "tweets", "tweeting", "continued", "continues", "recalled", "recalls",
      "acknowledged", "acknowledges", "admitted", "admits", "replied", "replies", "responded", "responds",
      "suggested", "suggests", "reported", "reports", "remarked", "observed", "predicted", "predicts", "promised",
      "conceded", "concedes", "contended", "contends", "asserted", "asserts", "maintained", "stressed", "stresses",
      "emphasized", "emphasised", "pointed\\s+out", "points\\s+out", "went\\s+on", "goes\\s+on", "quipped", "joked",
      "shouted", "yelled", "chanted", "urged", "urges", "called", "described", "labeled", "labelled", "dubbed",
      "boasted", "complained", "complains", "lamented", "cautioned", "testified", "vowed", "pledged", "confirmed",
      "confirms", "denied", "denies", "charged", "alleged", "alleges", "wondered", "mused", "recounted", "cited",
      "countered", "retorted", "agreed", "agrees", "believes", "believed", "thinks", "announcing", "reminded",
      "reminds", "informed", "assured", "assures", "texted", "posted", "blasted", "slammed", "accused", "accuses",
      "praised", "yells", "yelled", "shouts", "screams", "screamed", "exclaimed", "whispered", "recounts", "muses",
      "quips", "jokes", "sings", "sang", "chants", "answered", "answers", "interjected", "pleaded", "begged",
      "demanded", "demands", "concluded", "concludes", "offered", "opined", "reasoned", "observes",
      "shot\\s+back", "fired\\s+back", "summed\\s+up", "describes", "calls", "labels", "urging", "calling",
      "describing", "warning", "criticized", "criticised", "criticizes", "condemned", "condemns", "likened",
      "hailed", "branded", "lauded", "attacked", "exhorted", "proclaimed", "referenced", "compared", "dismissed",
      "denounced", "decried", "mocked", "ridiculed", "derided", "touted", "termed", "characterized",
      "characterised", "questioned", "challenged", "encouraged", "encourages", "encouraging", "implored",
      "commented", "comments", "scolded", "reads", "read"};

  static CueLexicon english() {
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:(?:" + alternation(new LinkedHashSet<>(List.of(ENGLISH)))
        + ")|(?<source>according\\s+to|in\\s+the\\s+words\\s+of|quoted\\s+by))(?![\\p{L}\\p{N}])",
        Pattern.CASE_INSENSITIVE);
    return new CueLexicon(pattern, Set.of("told", "tells", "tell", "telling", "asked", "asks", "asking", "reminded",
        "reminds", "informed", "assured", "assures", "urged", "urges", "accused", "accuses", "praised", "blasted",
        "slammed"));
  }

  private static String alternation(Set<String> forms) {
    return forms.stream().sorted((a, b) -> b.length() - a.length()).reduce((a, b) -> a + "|" + b).orElseThrow();
  }
}
