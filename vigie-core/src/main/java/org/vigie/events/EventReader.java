package org.vigie.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.entities.Lexicon;
import org.vigie.events.TriggerLexicon.Entry;
import org.vigie.events.TriggerLexicon.Frame;
import org.vigie.events.TriggerLexicon.Kind;
import org.vigie.events.TriggerLexicon.Match;
import org.vigie.events.TriggerLexicon.ObjectRole;
import org.vigie.model.CameoRoot;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.Place;
import org.vigie.model.TimeExpression;

/**
 * Reads the events of one sentence: finds each trigger, then its arguments over the words around
 * it, a shallow reading in the manner of pattern-based event coders (TABARI, PETRARCH: Schrodt
 * 2009, 2014) without a parser.
 *
 * <ul>
 *   <li>The verb group is read leftwards from the trigger: auxiliaries, pronominal "se", negation,
 *       modals ("va", "devrait", "will"), which give voice (active, passive, a bare participle) and
 *       factuality. An infinitive without a modal is a purpose or a complement, not an event.
 *   <li>The subject is the nearest name (or group noun: "la police") to the left that no
 *       preposition other than "de"/"of" governs, with the names coordinated to it ("X et Y", "X,
 *       accompagné de Y"); a relative pronoun sends the search on to its antecedent, and an
 *       insertion between commas (", qui …,", ", l'homme fort …,") is stepped over. In the passive
 *       the agent ("par X", "by X") acts and the subject is the target.
 *   <li>The target is the direct object or the object of one of the entry's prepositions ("avec",
 *       "contre"); a clause of purpose lends its own target ("venu … pour rencontrer X"). A noun's
 *       arguments are its complements ("la visite de X à Y", "talks between X and Y") or, with a
 *       light verb ("a lancé une offensive"), the verb's.
 *   <li>The place is a resolved place governed by a preposition of place in the clause; the time
 *       is the nearest dated time expression of the sentence.
 * </ul>
 */
final class EventReader {
  private static final int MAX_SUBJECT_WORDS = 40;
  private static final int MAX_OBJECT_WORDS = 30;
  /** No clause of news prose runs longer; a list or a page without stops is cut there. */
  private static final int MAX_CLAUSE_WORDS = 40;

  private final EventLanguage language;
  private final EventSentence s;
  private final ArticleContext context;
  private final List<String> lower;
  private final TriggerLexicon lexicon;
  private final boolean english;
  private List<Participant> lastActors = List.of();

  EventReader(EventLanguage language, EventSentence sentence, ArticleContext context) {
    this.language = language;
    this.s = sentence;
    this.context = context;
    this.lower = sentence.lower;
    this.lexicon = language.triggers();
    this.english = language.code().equals("en");
  }

  /** The events of the sentence, in the order of their triggers. */
  List<Candidate> read() {
    List<Candidate> found = new ArrayList<>();
    if (titleCase()) {
      return found;  // "Clinton Hid Past Health Problems, Doctor Says": names cannot be told from words
    }
    int i = 0;
    while (i < s.size()) {
      if (s.nameAt(i).isPresent() || s.timeAt(i).isPresent()) {
        i++;
        continue;
      }
      List<Match> matches = lexicon.at(lower, i);
      boolean noun = matches.stream().anyMatch(m -> m.is(Form.NOUN));
      boolean verb = matches.stream().anyMatch(m -> m.entry().kind() == Kind.VERB && !m.is(Form.NOUN));
      boolean nounSlot = noun && (!verb || !verbContext(i));
      Optional<Candidate> read = Optional.empty();
      int next = i + 1;
      for (Match m : matches) {
        if (m.entry().kind() == Kind.LIGHT || m.is(Form.NOUN) != nounSlot) {
          continue;
        }
        read = m.is(Form.NOUN) ? noun(m) : verb(m);
        if (read.isPresent()) {
          next = m.end();
          break;
        }
      }
      read.ifPresent(c -> {
        found.add(c);
        if (!c.nominal()) {
          lastActors = c.actors();
        }
      });
      i = next;
    }
    return absorbNested(found);
  }

  /** Whether most words outside names, five or more, are capitalised: a headline in title case. */
  private boolean titleCase() {
    int words = 0;
    int capitalised = 0;
    for (int k = 0; k < s.size(); k++) {
      EventSentence.Word w = s.words.get(k);
      if (Character.isLetter(w.text().charAt(0)) && s.nameAt(k).isEmpty()) {
        words++;
        if (Character.isUpperCase(w.text().charAt(0))) {
          capitalised++;
        }
      }
    }
    return words >= 5 && capitalised * 10 >= words * 7;
  }

  /** A noun that names an event inside another event's target ("signé un accord") is that event's, not its own. */
  private static List<Candidate> absorbNested(List<Candidate> found) {
    List<Candidate> kept = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      Candidate c = found.get(i);
      boolean absorbed = false;
      // Only the events read next to this one can hold it in their target.
      for (int j = Math.max(0, i - 8); j < Math.min(found.size(), i + 8) && c.nominal() && !absorbed; j++) {
        Candidate o = found.get(j);
        absorbed = j != i && (o.target().filter(t -> t.first() >= 0 && t.first() <= c.first() && c.end() <= t.end())
            .isPresent() || j < i && !o.nominal() && o.entry().root() == c.entry().root()
            && c.first() - o.end() <= 3);
      }
      if (!absorbed) {
        kept.add(c);
      }
    }
    return kept;
  }

  // ---- verbs ----

  /** What stands before a verb: its auxiliaries, clitics, negation and modals. */
  private record Group(int start, boolean have, boolean be, boolean reflexive, boolean negated, boolean modal,
      boolean to) {}

  private Group group(int trigger) {
    boolean have = false;
    boolean be = false;
    boolean reflexive = false;
    boolean negated = false;
    boolean modal = false;
    boolean to = false;
    int j = trigger - 1;
    for (; j >= 0; j--) {
      String w = lower.get(j);
      if (language.negations().contains(w) && !(w.equals("no") && j + 1 < trigger)) {
        negated = true;
      } else if (language.modals().contains(w)) {
        modal = true;
        have |= language.haveAuxiliaries().contains(w);
        be |= language.beAuxiliaries().contains(w);
      } else if (language.haveAuxiliaries().contains(w) || english && (w.equals("did") || w.equals("does")
          || w.equals("do"))) {
        have |= !w.startsWith("d");
      } else if (language.beAuxiliaries().contains(w)) {
        be = true;
      } else if (language.reflexives().contains(w)) {
        reflexive = true;
      } else if (language.skippable().contains(w) || s.timeAt(j).isPresent() && j > 0
          && !s.timeAt(j - 1).isPresent() && language.beAuxiliaries().contains(lower.get(j - 1))) {
        continue;
      } else if (english && w.equals("to")) {
        to = true;
      } else if (!english && (w.equals("de") || w.equals("d'") || w.equals("à")) && j > 0
          && (language.modals().contains(lower.get(j - 1)) || language.reflexives().contains(lower.get(j - 1)))) {
        continue;
      } else {
        break;
      }
    }
    return new Group(j + 1, have, be, reflexive, negated, modal, to);
  }

  private Optional<Candidate> verb(Match m) {
    Entry entry = m.entry();
    Group g = group(m.start());
    if (entry.reflexive() != g.reflexive() && !english) {
      return Optional.empty();  // "s'arrêter" is not "arrêter", "rendre" is not "se rendre"
    }
    boolean infinitive = m.is(Form.INFINITIVE) || english && m.is(Form.BASE) && g.to();
    if (m.is(Form.GERUND) && !(english && g.be()) || infinitive && !g.modal()) {
      return Optional.empty();  // "pour rencontrer X", "after meeting X": a purpose or a circumstance
    }
    if (english && (m.is(Form.BASE) || m.is(Form.FINITE)) && !infinitive && !g.have() && !g.modal()
        && nounBefore(m.start())) {
      return Optional.empty();  // "the appeals court", "a sign of"
    }
    if (english && m.is(Form.PAST) && !g.have() && !g.be() && m.start() > 0
        && language.determiners().contains(lower.get(m.start() - 1))) {
      return Optional.empty();  // "his announced plans"
    }
    if (english && m.end() < s.size() && (lower.get(m.end()).equals("up") || lower.get(m.end()).equals("off")
        || lower.get(m.end()).equals("out") && entry.kind() == Kind.VERB)) {
      return Optional.empty();  // "sign up 5 million people", "broke off": a phrasal verb of its own
    }
    boolean taking = entry.type().equals("seizure") || entry.type().equals("visit");
    if (taking && m.end() < s.size() && (lower.get(m.end()).equals("on") || lower.get(m.end()).equals("upon")
        || lower.get(m.end()).equals("under"))) {
      return Optional.empty();  // "seized on cap-and-trade", "went under": another verb
    }
    boolean doSupport = g.start() < m.start() && lower.get(g.start()).matches("did|does|do");
    if (english && m.is(Form.BASE) && !infinitive && !g.modal() && !doSupport && !subjectBefore(g.start())) {
      return Optional.empty();  // "… or even directly declare": a present tense follows its subject
    }
    if (!english && (m.is(Form.FINITE) || m.is(Form.FUTURE)) && g.start() == m.start() && determinerBefore(m.start())) {
      return Optional.empty();  // "un très mauvais signe": a noun spelt like the verb
    }
    boolean participle = m.is(Form.PARTICIPLE) && !m.is(Form.FINITE) || m.is(Form.PAST) && (g.have() || g.be())
        || m.is(Form.PARTICIPLE) && (g.have() || g.be());
    boolean movement = entry.frame().etre() || entry.reflexive();
    boolean passive = participle && g.be() && !movement;
    boolean bare = !g.have() && !g.be() && (m.is(Form.PARTICIPLE) && !m.is(Form.FINITE)
        || english && m.is(Form.PAST) && (agentAfter(m.end()).isPresent() || reducedRelative(m)));
    Event.Factuality factuality = g.negated() ? Event.Factuality.NEGATED
        : g.modal() || m.is(Form.FUTURE) || infinitive ? Event.Factuality.UNCERTAIN : Event.Factuality.ASSERTED;

    List<Participant> actors = new ArrayList<>();
    Optional<Participant> target = Optional.empty();
    int edge;
    if (passive || bare && !movement) {
      actors.addAll(agentAfter(m.end()).orElse(List.of()));
      Subject left = subject(g.start());
      edge = left.edge();
      target = entry.frame().object().contains(ObjectRole.THEME) ? themeBefore(g.start()) : Optional.empty();
      if (target.isEmpty() && !left.participants().isEmpty()) {
        target = Optional.of(left.participants().getFirst());
      }
    } else if (coordinatedVerb(g.start())) {
      actors.addAll(lastActors);
      edge = g.start();
    } else if (entry.root() == CameoRoot.MAKE_PUBLIC_STATEMENT && incise(g.start())) {
      // "…, a indiqué le manageur du club, Pierre Dréossi", "…, said one GOP source": the speaker follows,
      // unless the name just before the comma is the subject in apposition ("Gabriel Attal, a affirmé").
      invertedSubject(m.end()).ifPresent(actors::add);
      edge = g.start();
      if (actors.isEmpty()) {
        Subject left = subject(g.start());
        if (!left.participants().isEmpty() && left.participants().getLast().end() == g.start() - 1) {
          actors.addAll(left.participants());
          edge = left.edge();
        }
      }
    } else {
      Subject left = subject(g.start());
      actors.addAll(left.participants());
      edge = left.edge();
    }
    actors.addAll(companions(m.end()));
    ObjectReading object = object(m.end(), entry.frame(), true);
    if (target.isEmpty()) {
      target = object.target();
    }
    if (entry.root() == CameoRoot.ASSAULT && !actors.isEmpty() && actors.stream().allMatch(context::person)
        && target.filter(context::person).isPresent()) {
      // A politician who "attacked" a rival "for her support" did so in words.
      entry = new Entry(CameoRoot.DISAPPROVE, "criticism", entry.kind(), entry.lemma(), false, entry.frame());
    }
    return build(entry, g.start(), m.end(), actors, target, object, factuality, false, edge, g.start());
  }

  /** Whether the verb group opens an incise after a quote or a comma ("», a déclaré X", "…," said X). */
  private boolean incise(int groupStart) {
    if (groupStart == 0) {
      return false;
    }
    String before = lower.get(groupStart - 1);
    if (before.equals(",")) {
      // "Derek Mitchell, who served …, said", "Dianne Feinstein, Democrat of California, said": the
      // comma closes a clause or an apposition after the subject.
      int open = insertionStart(groupStart - 1);
      return open < 0 || !language.relatives().contains(lower.get(open + 1)) && s.nameAt(open - 1).isEmpty();
    }
    return before.equals("»") || before.equals("\"") || before.equals("”");
  }

  /** The subject after the verb of an incise: the first name no preposition governs ("a déclaré le président X"). */
  private Optional<Participant> invertedSubject(int from) {
    boolean apposition = false;
    for (int k = from; k < s.size() && k < from + 16; k++) {
      Optional<EventSentence.NameAt> name = s.nameAt(k);
      if (name.isPresent()) {
        String preposition = governing(name.get().first());
        if (name.get().inRole() || preposition != null && !apposition) {
          k = name.get().end() - 1;
          continue;
        }
        int after = name.get().end();
        if (english && after + 1 < s.size() && headNoun(after) && s.nameAt(after + 1).isPresent()) {
          k = after;
          continue;  // "said MSNBC host Chris Matthews": the name after the noun is the speaker
        }
        return Optional.of(context.name(s, name.get()));
      }
      String w = lower.get(k);
      if (w.equals(",") && !apposition) {
        apposition = true;  // "le manageur du club, Pierre Dréossi"
      } else if (w.equals(",") || w.equals(".") || language.clauseEnds().contains(w) && !w.equals(",")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * An English past form that qualifies the noun before it rather than tells what that noun did:
   * "people accused of rape", "the deal signed in 2019" — a transitive verb with a common noun
   * before and a preposition or the end of the clause after, where an active verb would have its
   * object.
   */
  private boolean reducedRelative(Match m) {
    if (m.start() == 0 || m.end() >= s.size() || m.entry().frame().object().isEmpty()) {
      return false;
    }
    String before = s.words.get(m.start() - 1).text();
    String after = lower.get(m.end());
    boolean noun = Character.isLowerCase(before.charAt(0)) && !language.subjectPronouns().contains(before)
        && !language.skippable().contains(before) && !language.determiners().contains(before)
        && !language.relatives().contains(before) && !before.equals("it") && !before.equals("we")
        && !before.equals("i") && !before.equals("you") && !language.coordinators().contains(before);
    return noun && (language.preposition(after) && !after.equals("to") || after.equals(",") || after.equals("."));
  }

  /** A verb right after "et", "and", "puis" shares the subject of the verb before it. */
  private boolean coordinatedVerb(int groupStart) {
    if (groupStart == 0 || lastActors.isEmpty()) {
      return false;
    }
    String before = lower.get(groupStart - 1);
    return before.equals("et") || before.equals("and") || before.equals("puis") || before.equals("then")
        || before.equals("mais") || before.equals("but");
  }

  /** Whether a subject stands right before an English present: a name, a pronoun, a group ("they visit"). */
  private boolean subjectBefore(int groupStart) {
    if (groupStart == 0) {
      return false;
    }
    String w = lower.get(groupStart - 1);
    Optional<EventSentence.NameAt> name = s.nameAt(groupStart - 1);
    if (name.isPresent()) {
      // A base form after one name is no present tense ("Breitbart News Daily host Alex Marlow", "an
      // Obama veto"); after two joined names it is ("Israel and the UAE sign").
      for (int k = name.get().first() - 1; k >= 0 && k >= name.get().first() - 3; k--) {
        if (lower.get(k).equals("and") || lower.get(k).equals("&")) {
          return true;
        }
      }
      return false;
    }
    return language.subjectPronouns().contains(w) || w.equals("we")
        || w.equals("i") || w.equals("you") || language.groups().contains(w) || language.relatives().contains(w)
        || w.equals("that");
  }

  /** Whether a determiner opens the phrase before a French verb form, adjectives between ("un très mauvais"). */
  private boolean determinerBefore(int i) {
    for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
      String w = lower.get(k);
      if (language.determiners().contains(w) && !w.equals("leur")) {
        return true;
      }
      if (!adjective(w) && !w.equals("très") && !w.equals("si") && !w.equals("bon") && !w.equals("mauvais")
          && !w.equals("grand") && !w.equals("petit") && !w.equals("seul") && !w.equals("vrai")) {
        return false;
      }
    }
    return false;
  }

  /** Whether the word before an English base form makes it a noun after all ("the visit" is caught earlier). */
  private boolean nounBefore(int i) {
    return i > 0 && (language.determiners().contains(lower.get(i - 1)) || language.preposition(lower.get(i - 1)));
  }

  // ---- nouns ----

  private Optional<Candidate> noun(Match m) {
    Entry entry = m.entry();
    int light = lightBefore(m.start());
    int lightAfter = light >= 0 ? -1 : lightAfter(m.end());
    if (entry.frame().lightOnly() && light < 0 && lightAfter < 0) {
      return Optional.empty();
    }
    boolean negated = m.start() > 0 && (lower.get(m.start() - 1).equals("aucune")
        || lower.get(m.start() - 1).equals("aucun") || lower.get(m.start() - 1).equals("no"));
    String governor = governing(m.start());
    // "l'usage des bases pour une attaque", "a campaign against the visit": an aim, not a fact.
    boolean aim = governor != null && (language.purposes().contains(governor) || governor.equals("for")
        || governor.equals("contre") || governor.equals("against"));
    Event.Factuality factuality = negated ? Event.Factuality.NEGATED
        : aim ? Event.Factuality.UNCERTAIN : Event.Factuality.ASSERTED;
    List<Participant> actors = new ArrayList<>();
    Optional<Participant> target = Optional.empty();
    int first = m.start();
    int edge = Math.max(0, m.start() - 6);
    int groupStart = m.start();
    if (light >= 0) {
      Group g = group(light);
      if (g.negated()) {
        factuality = Event.Factuality.NEGATED;
      } else if (g.modal() || lexicon.at(lower, light).stream().anyMatch(l -> l.is(Form.FUTURE))) {
        factuality = Event.Factuality.UNCERTAIN;
      }
      boolean infinitive = lexicon.at(lower, light).stream()
          .anyMatch(l -> l.is(Form.INFINITIVE) || english && l.is(Form.BASE) && g.to());
      if (infinitive && !g.modal()) {
        return Optional.empty();
      }
      boolean passive = g.be() && lexicon.at(lower, light).stream()
          .anyMatch(l -> l.is(Form.PARTICIPLE) || l.is(Form.PAST));
      Subject left = passive ? new Subject(List.of(), g.start()) : subject(g.start());
      if (coordinatedVerb(g.start()) && left.participants().isEmpty()) {
        actors.addAll(lastActors);
      }
      actors.addAll(left.participants());
      edge = left.edge();
      first = light;
      groupStart = g.start();
    } else if (lightAfter >= 0) {
      actors.addAll(agentAfter(lightAfter + 1).orElse(List.of()));
    }
    Complements np = complements(m, entry.frame());
    if (actors.isEmpty()) {
      actors.addAll(np.actors());
    }
    if (entry.frame().genitiveTarget() || !actors.isEmpty() && np.genitive().isPresent()
        && !actors.contains(np.genitive().get())) {
      target = np.genitive().filter(t -> !actors.contains(t));
    }
    ObjectReading object = object(lightAfter >= 0 ? lightAfter + 1 : m.end(), entry.frame(), false);
    if (target.isEmpty() || object.target().filter(Participant::party).isPresent()) {
      target = object.target().or(() -> np.genitive().filter(t -> !actors.contains(t)
          && entry.frame().genitiveTarget()));
    }
    return build(entry, first, m.end(), actors, target, object, factuality, true, edge, groupStart);
  }

  /** A light verb just before a noun ("a lancé une offensive", "held talks"), or -1. */
  private int lightBefore(int noun) {
    for (int k = noun - 1, words = 0; k >= 0 && words < 6; k--, words++) {
      String w = lower.get(k);
      int light = lightEndingAt(k);
      if (light >= 0) {
        return light;
      }
      boolean skip = language.determiners().contains(w) || language.skippable().contains(w)
          || language.genitives().contains(w)
          || s.timeAt(k).isPresent() || w.matches("\\d+") || context.demonym(s.words.get(k).text()).isPresent()
          || !english && (w.equals("en") || w.equals("de") || w.equals("d'")) && s.timeAt(k + 1).isPresent()
          || english && (w.equals("in") || w.equals("on")) && s.timeAt(k + 1).isPresent()
          || adjective(w);
      if (!skip) {
        return -1;
      }
    }
    return -1;
  }

  /** The first word of a light verb that ends at word {@code k} ("lancé", "carried out"), or -1. */
  private int lightEndingAt(int k) {
    for (int j = k; j >= 0 && j >= k - 2; j--) {
      int start = j;
      if (lexicon.at(lower, j).stream().anyMatch(m -> m.entry().kind() == Kind.LIGHT && m.end() == k + 1)) {
        return start;
      }
    }
    return -1;
  }

  /** A light verb's participle just after a noun ("l'accord conclu avec", "the offensive launched by"), or -1. */
  private int lightAfter(int end) {
    for (int k = end; k < s.size() && k < end + 4; k++) {
      String w = lower.get(k);
      if (lexicon.at(lower, k).stream().anyMatch(l -> l.entry().kind() == Kind.LIGHT
          && (l.is(Form.PARTICIPLE) || l.is(Form.PAST)))) {
        return k;
      }
      if (!(language.beAuxiliaries().contains(w) || language.haveAuxiliaries().contains(w) || adjective(w)
          || context.demonym(s.words.get(k).text()).isPresent())) {
        return -1;
      }
    }
    return -1;
  }

  /** A few adjectives that stand between a light verb and its noun ("une vaste offensive", "a major attack"). */
  private static boolean adjective(String w) {
    return switch (w) {
      case "vaste", "grande", "nouvelle", "large", "massive", "militaire", "terrestre", "aérienne", "violente",
          "violentes", "importante", "officielle", "brève", "major", "new", "large-scale", "military", "ground",
          "fresh", "official", "brief", "deadly", "surprise", "joint", "conjointe", "long-awaited",
          "historic", "historique", "first", "première", "second", "seconde", "deuxième", "two-day", "three-day",
          "state", "d'état", "sanglante", "bloody", "suicide", "humanitarian" -> true;
      default -> false;
    };
  }

  /** What a noun's complements say: its "de X" (who, or whom), "par X", "entre X et Y", "X's". */
  private record Complements(List<Participant> actors, Optional<Participant> genitive) {}

  private Complements complements(Match m, Frame frame) {
    List<Participant> actors = new ArrayList<>();
    Optional<Participant> genitive = Optional.empty();
    // English: "Turkey's offensive", "the Akar visit".
    if (english && m.start() >= 2 && lower.get(m.start() - 1).equals("'s")) {
      s.nameAt(m.start() - 2).ifPresent(n -> actors.add(context.name(s, n)));
    } else if (english && m.start() >= 1) {
      // "the Akar visit", not "the Warsaw summit": a place before the noun says where.
      s.nameAt(m.start() - 1).filter(n -> !n.inRole() && n.type() != EntityType.LOC)
          .ifPresent(n -> actors.add(context.name(s, n)));
    }
    int k = m.end();
    while (k < s.size() && k < m.end() + 8) {
      String w = lower.get(k);
      if (w.equals(".") || w.equals(";") || language.relatives().contains(w) || language.clauseEnds().contains(w)) {
        break;
      }
      Optional<EventSentence.NameAt> inside = s.nameAt(k);
      if (inside.isPresent()) {
        k = inside.get().end();
        continue;
      }
      if (w.equals("et") || w.equals("and") || w.equals("ou") || w.equals("or")) {
        break;  // "protests and the shutdown of …": what follows is another noun's
      }
      if (language.between().contains(w)) {
        List<Participant> both = coordinatedNames(k + 1);
        if (both.size() >= 2 && actors.isEmpty()) {
          actors.addAll(both);
        }
        break;
      }
      if (language.agents().contains(w)) {
        // "l'invasion de l'Ukraine par la Russie", not "release of records held by the Department".
        boolean attached = true;
        for (int b = genitive.map(Participant::end).orElse(m.end()); b < k; b++) {
          attached &= language.determiners().contains(lower.get(b)) || genitive.isEmpty()
              && language.genitives().contains(lower.get(b)) && b == m.end();
        }
        List<Participant> by = attached ? coordinatedNames(k + 1) : List.of();
        if (!by.isEmpty()) {
          actors.clear();
          actors.addAll(by);
        }
        break;
      }
      boolean article = k > m.end() && language.preposition(lower.get(k - 1))
          && !language.genitives().contains(lower.get(k - 1));
      if (article) {
        k++;
        continue;  // "avec des Toulousains": "des" is an article there, not "of"
      }
      if (language.genitives().contains(w) && genitive.isEmpty() && actors.isEmpty() && !frame.genitiveTarget()) {
        int group = groupAfter(k + 1);
        if (group >= 0 && s.nameAt(group + 1).isEmpty()) {
          actors.add(groupAt(group));
          break;
        }
      }
      if (language.genitives().contains(w) && genitive.isEmpty()) {
        Optional<Participant> of = firstNameAfter(k + 1, 5);
        if (of.isPresent()) {
          genitive = of;
          if (!frame.genitiveTarget() && actors.isEmpty()) {
            List<Participant> all = coordinatedNames(of.get().first());
            actors.addAll(all.isEmpty() ? List.of(of.get()) : all);
          }
          k = of.get().end();
          continue;
        }
      }
      if (w.equals(",")) {
        break;
      }
      k++;
    }
    return new Complements(actors, genitive);
  }

  // ---- arguments ----

  /** The subject found leftwards, and the first word of the clause it was read in. */
  private record Subject(List<Participant> participants, int edge) {}

  private Subject subject(int from) {
    List<Participant> actors = new ArrayList<>();
    boolean expect = false;
    boolean joined = false;
    boolean head = false;
    int companions = -1;
    int j = from - 1;
    int steps = 0;
    while (j >= 0 && steps++ < MAX_SUBJECT_WORDS) {
      String w = lower.get(j);
      // English puts the head last: in "the California congressman said", California only qualifies it.
      head |= english && actors.isEmpty() && headNoun(j);
      if (w.equals(")")) {
        j = opening(j) - 1;
        continue;
      }
      if (w.equals(",") && actors.isEmpty() && j == from - 1) {
        int open = insertionStart(j);
        if (open >= 0) {
          j = open - 1;
          continue;
        }
      }
      if (w.equals("que") && j > 0 && lower.get(j - 1).equals("ainsi") || w.equals("well") && j > 0
          && lower.get(j - 1).equals("as")) {
        expect = !actors.isEmpty();
        j -= 2;
        continue;
      }
      if (w.equals(".") || language.clauseEnds().contains(w) && !w.equals(",")) {
        break;
      }
      if (s.quoted(j)) {
        break;  // the words of a quote do not act in the sentence that reports it
      }
      Optional<EventSentence.NameAt> name = s.nameAt(j);
      if (name.isPresent()) {
        EventSentence.NameAt n = name.get();
        if (n.inRole()) {
          j = n.first() - 1;
          continue;
        }
        String preposition = governing(n.first());
        // "after rival Donald Trump attacked": "after" opens a clause whose subject the name is.
        boolean subordinate = preposition != null && language.clauseEnds().contains(preposition)
            && actors.isEmpty() && j == n.end() - 1 && n.end() == from;
        boolean complement = preposition != null && !language.genitives().contains(preposition) && !subordinate;
        if (complement) {
          if (!actors.isEmpty()) {
            break;
          }
          j = n.first() - 1;
          continue;
        }
        if (actors.isEmpty() && head) {
          break;
        }
        if (actors.isEmpty() && n.type() == EntityType.LOC && preposition != null && !governedByOffice(n.first())) {
          break;  // "le conseil municipal de la commune de X": the place says where, not who
        }
        if (actors.isEmpty() || expect) {
          int group = preposition == null || n.type() != EntityType.LOC ? -1 : groupBefore(n.first());
          if (group >= 0) {
            // "le parquet de Paris", "la police de Moscou": a group somewhere, not the place.
            Participant p = context.name(s, n);
            actors.addFirst(new Participant(Participant.Kind.GROUP, s.text(group, n.end()),
                s.text(group, n.end()), p.country(), Optional.empty(), s.span(group, n.end()), group, n.end()));
            j = group - 1;
          } else {
            actors.addFirst(context.name(s, n));
            j = n.first() - 1;
          }
          expect = false;
          continue;
        }
        break;
      }
      if (actors.isEmpty() && language.groups().contains(w)) {
        String preposition = governing(j);
        Optional<EventSentence.NameAt> modifier = english ? s.nameAt(j - 1) : Optional.empty();
        if (modifier.isPresent()) {
          // "Houthi rebels", "M23 fighters": the name says who they are.
          actors.add(context.name(s, modifier.get()));
          j = modifier.get().first() - 1;
          continue;
        }
        if (preposition == null || language.genitives().contains(preposition)) {
          actors.add(groupAt(j));
        }
      } else if (language.companions().contains(w)) {
        // "X, accompagné de Y, …": Y goes with X; without an X before, Y is no subject.
        expect = !actors.isEmpty();
        companions = actors.size();
      } else if (language.coordinators().contains(w)) {
        // A comma joins names only in a list that "et"/"and" closes ("X, Y et Z").
        boolean and = !w.equals(",");
        joined |= and && !actors.isEmpty();
        expect = expect || !actors.isEmpty() && (and || joined);
      } else if (language.relatives().contains(w) && !actors.isEmpty() || !actors.isEmpty() && verbForm(j)) {
        break;
      } else if (language.subjectPronouns().contains(w) && actors.isEmpty()) {
        pronoun(j).ifPresent(actors::add);
        break;
      }
      j--;
    }
    if (companions >= 0 && actors.size() == companions) {
      actors.clear();
    }
    return new Subject(actors, Math.max(0, j + 1));
  }

  /** Whether the word is the head of an English noun phrase: a lower-case noun, not a function word. */
  private boolean headNoun(int k) {
    String word = s.words.get(k).text();
    String w = lower.get(k);
    return Character.isLowerCase(word.charAt(0)) && Character.isLetter(word.charAt(0))
        && !language.determiners().contains(w) && !language.skippable().contains(w)
        && !language.negations().contains(w) && !language.modals().contains(w)
        && !language.haveAuxiliaries().contains(w) && !language.beAuxiliaries().contains(w)
        && !language.coordinators().contains(w) && !language.companions().contains(w)
        && !language.relatives().contains(w) && !language.preposition(w) && !language.groups().contains(w)
        && !language.clauseEnds().contains(w) && !w.equals("'s") && s.timeAt(k).isEmpty() && !adjective(w);
  }

  /**
   * Whether the noun before "de X" is an office or a body that a country or city acts through ("le
   * président de la Turquie", "le ministère des Affaires étrangères de la Russie", "le parquet de
   * Paris"), so that the place stands for its government.
   */
  private boolean governedByOffice(int name) {
    int k = name - 1;
    while (k >= 0 && language.determiners().contains(lower.get(k))) {
      k--;
    }
    if (k < 1 || !language.genitives().contains(lower.get(k))) {
      return true;
    }
    String word = s.words.get(k - 1).text();
    return language.groups().contains(lower.get(k - 1)) || s.roleStart(k - 1) >= 0
        || Lexicon.shared().is(Lexicon.Kind.ROLE, language.code(), word)
        || Lexicon.shared().is(Lexicon.Kind.TITLE, language.code(), word)
        || Lexicon.shared().is(Lexicon.Kind.ORG_HEAD, language.code(), word)
        || Character.isUpperCase(word.charAt(0));
  }

  /** The group noun right before "de X" ("le parquet de Paris"), or -1. */
  private int groupBefore(int name) {
    int k = name - 1;
    while (k >= 0 && language.determiners().contains(lower.get(k))) {
      k--;
    }
    if (k < 1 || !language.genitives().contains(lower.get(k))) {
      return -1;
    }
    return language.groups().contains(lower.get(k - 1)) ? k - 1 : -1;
  }

  /**
   * The person a subject pronoun stands for: a person named earlier in the same sentence as a
   * subject ("Pagliano's lawyer has said he will refuse"), else the one person the sentence before
   * named ("Strada accused … . She said …"). Without gender, a pronoun after a sentence that names
   * two people, or none, stands for nobody: a wrong actor costs more than a missed one.
   */
  private Optional<Participant> pronoun(int word) {
    // The sentence's first person, its subject as a rule: "Clinton says Trump's … She says".
    for (int k = 0; k < word; k++) {
      Optional<EventSentence.NameAt> n = s.nameAt(k);
      if (n.isPresent() && n.get().type() == EntityType.PER && governing(n.get().first()) == null
          && !s.quoted(k)) {
        return Optional.of(context.name(s, n.get()));
      }
    }
    return context.onlyPersonBefore().map(p -> new Participant(p.kind(), s.text(word, word + 1), p.value(),
        p.country(), Optional.empty(), s.span(word, word + 1), word, word + 1));
  }

  /**
   * The start of an insertion between commas that ends at {@code comma} and sits between a subject
   * and its verb (", qui a l'appui de la Turquie,", ", l'homme fort de l'est libyen,", ", en visite à
   * Tripoli,"), or -1 when the words before the comma are the subject itself.
   */
  private int insertionStart(int comma) {
    for (int k = comma - 1; k >= 0 && k > comma - 16; k--) {
      String w = lower.get(k);
      if (w.equals(",")) {
        if (k + 1 >= comma) {
          return -1;
        }
        String first = lower.get(k + 1);
        boolean clause = language.relatives().contains(first)
            || lexicon.at(lower, k + 1).stream().anyMatch(l -> l.is(Form.PARTICIPLE) || l.is(Form.GERUND));
        boolean phrase = language.determiners().contains(first) || language.preposition(first)
            || language.clauseEnds().contains(first);
        boolean apposition = language.determiners().contains(first) && !language.preposition(first)
            && !first.equals("'s");
        return clause || apposition || phrase && !holdsSubject(k + 1, comma) ? k : -1;
      }
      if (w.equals(".") || w.equals(";")) {
        return -1;
      }
    }
    return -1;
  }

  /** Whether words {@code [from, to)} hold a name no preposition but "de" governs: a subject, not an aside. */
  private boolean holdsSubject(int from, int to) {
    for (EventSentence.NameAt n : s.names) {
      if (n.first() >= from && n.end() <= to && !n.inRole()) {
        String preposition = governing(n.first());
        if (preposition == null || language.genitives().contains(preposition)) {
          return true;
        }
      }
    }
    return false;
  }

  private int opening(int close) {
    for (int k = close - 1; k >= 0 && k > close - 10; k--) {
      if (lower.get(k).equals("(")) {
        return k;
      }
    }
    return close;
  }

  /**
   * The preposition that governs the noun phrase starting at word {@code first}, read leftwards over
   * the phrase's own words (determiners, roles, adjectives, nouns), contractions made plain ("au" →
   * "à", "du" → "de") and "près de", "au nord de", "north of" read as places; null when a verb, a
   * punctuation mark, another name or the start of the sentence comes first: a subject or a direct
   * object.
   */
  private String governing(int first) {
    int k = first - 1;
    for (int steps = 0; k >= 0 && steps < 6; steps++) {
      int role = s.roleStart(k);
      if (role >= 0 && role < first) {
        k = role - 1;
        continue;
      }
      String w = lower.get(k);
      if (language.genitives().contains(w) && k > 0 && language.near().contains(lower.get(k - 1))) {
        return english ? "near" : "près";
      }
      if (language.preposition(w) || language.clauseEnds().contains(w) && Character.isLetter(w.charAt(0))) {
        return plain(w);
      }
      if (!Character.isLetterOrDigit(w.charAt(0)) || s.nameAt(k).isPresent() || verbForm(k)
          || language.relatives().contains(w)) {
        return null;
      }
      k--;
    }
    return null;
  }

  /** A preposition without its article: "au", "aux" are "à"; "du", "des", "d'" are "de". */
  private static String plain(String preposition) {
    return switch (preposition) {
      case "au", "aux" -> "à";
      case "du", "des", "d'" -> "de";
      default -> preposition;
    };
  }

  /** Whether the word is a verb: an auxiliary, a modal, or a verb form of the trigger lexicon. */
  private boolean verbForm(int k) {
    String w = lower.get(k);
    return language.haveAuxiliaries().contains(w) || language.beAuxiliaries().contains(w)
        || language.modals().contains(w) && !english
        || lexicon.at(lower, k).stream().anyMatch(m -> !m.is(Form.NOUN));
  }

  /** The agent of a passive or a participle: the names after "par"/"by", within the clause. */
  private Optional<List<Participant>> agentAfter(int from) {
    for (int k = from; k < s.size() && k < from + 8; k++) {
      String w = lower.get(k);
      Optional<EventSentence.TimeAt> time = s.timeAt(k);
      if (time.isPresent()) {
        k = time.get().end() - 1;
        continue;
      }
      // Only a date or an adverb stands between a participle and its agent: "signé en novembre 2019 par",
      // not "said the tax breaks used by".
      boolean beforeTime = s.timeAt(k + 1).isPresent() && language.preposition(w);
      if (!language.agents().contains(w) && !language.skippable().contains(w) && !beforeTime) {
        return Optional.empty();
      }
      if (language.agents().contains(w)) {
        List<Participant> by = coordinatedNames(k + 1);
        if (by.isEmpty() && k + 1 < s.size()) {
          int g = groupAfter(k + 1);
          if (g >= 0) {
            by = List.of(groupAt(g));
          }
        }
        return by.isEmpty() ? Optional.empty() : Optional.of(by);
      }
      if (w.equals(",") && k > from || w.equals(".") || language.relatives().contains(w)
          || language.clauseEnds().contains(w) && !w.equals(",")) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Names joined by coordination from {@code from}: "X et Y", "du ministre X et du chef Y". */
  private List<Participant> coordinatedNames(int from) {
    List<Participant> names = new ArrayList<>();
    int k = from;
    boolean expect = true;
    while (k < s.size() && k < from + 30) {
      Optional<EventSentence.NameAt> name = s.nameAt(k);
      String w = lower.get(k);
      if (name.isPresent()) {
        if (!name.get().inRole()) {
          if (!expect) {
            break;
          }
          names.add(context.name(s, name.get()));
          expect = false;
        }
        k = name.get().end();
        continue;
      }
      if (w.equals("et") || w.equals("and") || w.equals("&") || w.equals(",") && !names.isEmpty()
          && nextIsCoordinatedName(k + 1)) {
        expect = true;
      } else if (w.equals(",") || w.equals(".") || w.equals(";") || language.relatives().contains(w)
          || language.purposes().contains(w) && !names.isEmpty() || !nameWord(k)) {
        break;
      }
      k++;
    }
    return names;
  }

  /** Whether a word may stand in a noun phrase before a name: a determiner, "de", a role, a demonym, a capital. */
  private boolean nameWord(int k) {
    String w = lower.get(k);
    String word = s.words.get(k).text();
    return language.determiners().contains(w) || language.genitives().contains(w) || s.roleStart(k) >= 0
        || Lexicon.shared().is(Lexicon.Kind.ROLE, language.code(), word)
        || Lexicon.shared().is(Lexicon.Kind.TITLE, language.code(), word)
        || Lexicon.shared().is(Lexicon.Kind.ROLE_PART, language.code(), word)
        || context.demonym(word).isPresent() || Character.isUpperCase(word.charAt(0)) || adjective(w)
        || language.groups().contains(w);
  }

  /** After a comma in a list: whether a name comes before the next comma or verb ("X, Y et Z"). */
  private boolean nextIsCoordinatedName(int from) {
    for (int k = from; k < s.size() && k < from + 8; k++) {
      if (s.nameAt(k).isPresent()) {
        return true;
      }
      if (lower.get(k).equals(",") || lexicon.at(lower, k).stream().anyMatch(l -> !l.is(Form.NOUN))) {
        return false;
      }
    }
    return false;
  }

  /** Companions after a verb: "venu accompagné du ministre X et du chef Y", "accompanied by X". */
  private List<Participant> companions(int from) {
    for (int k = from; k < s.size() && k < from + 3; k++) {
      if (language.companions().contains(lower.get(k))) {
        return coordinatedNames(k + 1);
      }
      if (!language.skippable().contains(lower.get(k)) && s.timeAt(k).isEmpty()) {
        return List.of();
      }
    }
    return List.of();
  }

  private Optional<Participant> firstNameAfter(int from, int within) {
    for (int k = from; k < s.size() && k < from + within; k++) {
      Optional<EventSentence.NameAt> name = s.nameAt(k);
      if (name.isPresent()) {
        return name.get().inRole() ? Optional.empty() : Optional.of(context.name(s, name.get()));
      }
      String w = lower.get(k);
      if (w.equals(",") || language.preposition(w) && !language.genitives().contains(w)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** A group noun at or just after {@code from} ("la police", "les forces turques"), or -1. */
  private int groupAfter(int from) {
    for (int k = from; k < s.size() && k < from + 3; k++) {
      if (language.groups().contains(lower.get(k))) {
        return k;
      }
      if (!language.determiners().contains(lower.get(k)) && context.demonym(s.words.get(k).text()).isEmpty()) {
        return -1;
      }
    }
    return -1;
  }

  /** The participant a group noun is, with the demonym beside it ("forces turques", "Turkish troops"). */
  private Participant groupAt(int word) {
    int first = word;
    int end = word + 1;
    Optional<String> country = Optional.empty();
    if (end < s.size() && !english) {
      country = context.demonym(s.words.get(end).text());
      if (country.isPresent()) {
        end++;
      }
    }
    if (country.isEmpty() && first > 0) {
      country = context.demonym(s.words.get(first - 1).text());
      if (country.isPresent()) {
        first--;
      }
    }
    String text = s.text(first, end);
    return new Participant(Participant.Kind.GROUP, text, text, country, Optional.empty(), s.span(first, end), first,
        end);
  }

  /** What the words after a trigger give: the target, a place named as direct object, the clause's end. */
  private record ObjectReading(Optional<Participant> target, Optional<Place> directPlace, boolean purpose,
      boolean complement, int end) {}

  private ObjectReading object(int from, Frame frame, boolean verb) {
    Optional<Participant> found = Optional.empty();
    Optional<Participant> theme = Optional.empty();
    Optional<Place> directPlace = Optional.empty();
    boolean purpose = false;
    boolean complement = false;
    boolean nounSeen = false;
    int k = from;
    while (k < s.size() && k < from + MAX_OBJECT_WORDS) {
      String w = lower.get(k);
      complement |= frame.prepositions().contains(plain(w)) && k + 1 < s.size()
          && Character.isLetterOrDigit(lower.get(k + 1).charAt(0));
      if (w.equals(".") || w.equals(";") || language.relatives().contains(w)
          || language.clauseEnds().contains(w) && !w.equals(",")) {
        break;
      }
      if (w.equals(",")) {
        if (found.isPresent() || theme.isPresent() || directPlace.isPresent()) {
          break;
        }
        k++;
        continue;
      }
      Optional<EventSentence.TimeAt> time = s.timeAt(k);
      if (time.isPresent()) {
        k = time.get().end();
        continue;
      }
      if (language.purposes().contains(w) && found.isEmpty()) {
        Optional<Match> inner = purposeVerb(k + 1);
        if (inner.isPresent()) {
          ObjectReading sub = object(inner.get().end(), inner.get().entry().frame(), true);
          found = sub.target().filter(Participant::party);
          purpose = true;
          k = sub.end();
          break;
        }
        if (english && w.equals("to") && found.isEmpty() && s.nameAt(k + 1).isEmpty()
            && !language.determiners().contains(k + 1 < s.size() ? lower.get(k + 1) : "")) {
          break;
        }
      }
      Optional<EventSentence.NameAt> name = s.nameAt(k);
      if (name.isPresent()) {
        EventSentence.NameAt n = name.get();
        k = n.end();
        if (n.inRole()) {
          continue;
        }
        String preposition = governing(n.first());
        Participant p = context.name(s, n);
        boolean place = p.place().isPresent();
        if (preposition == null && frame.object().contains(ObjectRole.PLACE) && place && directPlace.isEmpty()) {
          directPlace = p.place();
          if (!frame.object().contains(ObjectRole.PARTY)) {
            continue;
          }
        }
        if (found.isPresent()) {
          continue;
        }
        boolean direct = preposition == null && (frame.object().contains(ObjectRole.PARTY)
            || frame.object().contains(ObjectRole.THEME) && !place);
        boolean destination = place && frame.object().contains(ObjectRole.PLACE) && preposition != null
            && language.locatives().contains(preposition);
        boolean introduced = preposition != null && frame.prepositions().contains(preposition) && !destination;
        boolean ofObject = verb && preposition != null && language.genitives().contains(preposition) && nounSeen
            && frame.object().contains(ObjectRole.PARTY);
        if (direct || introduced || ofObject) {
          found = Optional.of(p);
        }
        continue;
      }
      if (found.isEmpty() && language.capitals().contains(w)) {
        String preposition = governing(k);
        if (preposition == null || frame.prepositions().contains(preposition)
            || language.genitives().contains(preposition) && nounSeen) {
          int end = k + 1;
          Optional<String> country = Optional.empty();
          if (end < s.size()) {
            country = context.demonym(s.words.get(end).text());
            if (country.isPresent()) {
              end++;
            }
          }
          int first = k > 0 && language.determiners().contains(lower.get(k - 1)) ? k - 1 : k;
          found = context.capital(s, first, end, country);
          k = end;
          continue;
        }
      }
      if (found.isEmpty() && language.groups().contains(w)) {
        String preposition = governing(k);
        boolean counted = preposition != null && language.genitives().contains(preposition) && nounSeen;
        if ((preposition == null || counted) && frame.object().contains(ObjectRole.PARTY)
            || preposition != null && frame.prepositions().contains(preposition)) {
          found = Optional.of(groupAt(k));
          k = found.get().end();
          continue;
        }
      }
      if (theme.isEmpty() && frame.object().contains(ObjectRole.THEME) && language.themes().contains(w)) {
        theme = themeAt(k);
      }
      if (!language.determiners().contains(w) && !language.preposition(w)) {
        nounSeen = true;
      }
      k++;
    }
    Optional<Participant> thing = theme;
    return new ObjectReading(found.or(() -> thing), directPlace, purpose, complement, k);
  }

  /** An infinitive that opens a clause of purpose: "pour rencontrer", "afin de signer", "to meet". */
  private Optional<Match> purposeVerb(int from) {
    for (int k = from; k < s.size() && k < from + 3; k++) {
      String w = lower.get(k);
      if (w.equals("de") || w.equals("d'") || w.equals("to") || language.reflexives().contains(w)
          || language.skippable().contains(w)) {
        continue;
      }
      for (Match m : lexicon.at(lower, k)) {
        if (m.entry().kind() == Kind.VERB && (m.is(Form.INFINITIVE) || m.is(Form.BASE))) {
          return Optional.of(m);
        }
      }
      return Optional.empty();
    }
    return Optional.empty();
  }

  /** The thing named from a noun such as "accord" to the end of its phrase: "mémorandum d'accord militaire". */
  private Optional<Participant> themeAt(int noun) {
    int end = noun + 1;
    while (end < s.size() && end < noun + 8) {
      String w = lower.get(end);
      if (w.equals(",") || w.equals(".") || w.equals(";") || language.agents().contains(w)
          || language.relatives().contains(w) || language.clauseEnds().contains(w) || s.timeAt(end).isPresent()
          || w.equals("avec") || w.equals("with") || w.equals("pour") || w.equals("to")
          || lexicon.at(lower, end).stream().anyMatch(l -> !l.is(Form.NOUN) && l.entry().kind() != Kind.LIGHT
              || l.entry().kind() == Kind.LIGHT && (l.is(Form.PARTICIPLE) || l.is(Form.PAST)))) {
        break;
      }
      end++;
    }
    while (end > noun + 1 && (language.genitives().contains(lower.get(end - 1))
        || language.determiners().contains(lower.get(end - 1)) || lower.get(end - 1).equals("et")
        || lower.get(end - 1).equals("and"))) {
      end--;
    }
    String text = s.text(noun, end);
    return Optional.of(new Participant(Participant.Kind.THEME, text, text, Optional.empty(), Optional.empty(),
        s.span(noun, end), noun, end));
  }

  /** The thing a participle qualifies: the nearest theme noun before it ("le mémorandum …, signé"). */
  private Optional<Participant> themeBefore(int from) {
    for (int k = from - 1; k >= 0 && k > from - 14; k--) {
      String w = lower.get(k);
      if (w.equals(".") || w.equals(";")) {
        break;
      }
      if (language.themes().contains(w)) {
        int first = k;
        // "mémorandum d'accord": the head is the first theme noun of the phrase.
        while (first >= 2 && language.genitives().contains(lower.get(first - 1))
            && language.themes().contains(lower.get(first - 2))) {
          first -= 2;
        }
        return themeAt(first);
      }
    }
    return Optional.empty();
  }

  /** A public statement by a quote's speaker, its cue ("a affirmé", "said") as the trigger. */
  Optional<Candidate> statement(Entry entry, int first, int end, Participant speaker) {
    Group g = group(first);
    Event.Factuality factuality = g.negated() ? Event.Factuality.NEGATED
        : g.modal() ? Event.Factuality.UNCERTAIN : Event.Factuality.ASSERTED;
    return build(entry, first, end, List.of(speaker), Optional.empty(),
        new ObjectReading(Optional.empty(), Optional.empty(), false, false, end), factuality, false, g.start(),
        g.start());
  }

  // ---- place, time, checks ----

  private Optional<Candidate> build(Entry entry, int first, int end, List<Participant> actorsFound,
      Optional<Participant> targetFound, ObjectReading object, Event.Factuality factuality, boolean nominal, int edge,
      int groupStart) {
    // Who visits, meets, signs or speaks is named; "des personnes" or "officials" doing so is no news event.
    boolean groupsAct = entry.root().compareTo(CameoRoot.YIELD) >= 0;
    List<Participant> actors = distinct(actorsFound).stream()
        .filter(a -> groupsAct || a.kind() != Participant.Kind.GROUP).toList();
    Optional<Participant> target = targetFound.filter(t -> actors.stream().noneMatch(a -> a.value().equals(t.value())));
    int clauseEnd = clauseEnd(end, object.end());
    Optional<Place> located = place(first, end, edge, clauseEnd, actors, target, entry.frame())
        .or(object::directPlace);
    Optional<Place> place = located.or(() -> target.flatMap(Participant::place));
    Optional<TimeExpression> time = time(first, edge, clauseEnd);
    Frame frame = entry.frame();
    boolean goesSomewhere = frame.object().contains(ObjectRole.PLACE) || frame.object().contains(ObjectRole.THEME)
        || entry.root() == CameoRoot.PROTEST || entry.root() == CameoRoot.EXHIBIT_FORCE_POSTURE;
    boolean destination = located.isPresent() && goesSomewhere || object.purpose();
    // Who comes "around to Trump" does not travel: a journey needs a place or a purpose. Talks need a
    // named counterpart.
    boolean journey = frame.object().contains(ObjectRole.PLACE) && frame.etre()
        || frame.object().equals(java.util.Set.of(ObjectRole.PLACE));
    boolean partyTarget = !journey && target.filter(t -> entry.root() == CameoRoot.CONSULT
            ? t.kind() == Participant.Kind.NAME : t.party()).isPresent()
        || object.complement() && entry.root() == CameoRoot.APPEAL
        || actors.size() >= 2 && (frame.prepositions().contains("avec") || frame.prepositions().contains("with"));
    if (frame.weak() && !destination && !partyTarget) {
      return Optional.empty();
    }
    // Without an actor an event stands on whom it befell: someone released, arrested, attacked.
    boolean patientOnly = entry.root().compareTo(CameoRoot.COERCE) >= 0 || entry.root() == CameoRoot.YIELD;
    boolean people = entry.root().compareTo(CameoRoot.ASSAULT) >= 0
        || target.filter(t -> t.kind() == Participant.Kind.GROUP || context.person(t)).isPresent();
    if (actors.isEmpty() && !(patientOnly && people && target.filter(Participant::party).isPresent())) {
      return Optional.empty();
    }
    return Optional.of(new Candidate(entry, s, first, end, actors, target, place, time, factuality, nominal,
        Math.min(edge, groupStart)));
  }

  private static List<Participant> distinct(List<Participant> participants) {
    List<Participant> distinct = new ArrayList<>();
    for (Participant p : participants) {
      if (distinct.stream().noneMatch(d -> d.value().equals(p.value()))) {
        distinct.add(p);
      }
    }
    return distinct;
  }

  /** Where the trigger's clause ends: the end of its object, or the next relative pronoun or semicolon. */
  private int clauseEnd(int end, int objectEnd) {
    int k = Math.max(end, objectEnd);
    int limit = Math.min(s.size(), k + MAX_CLAUSE_WORDS);
    while (k < limit) {
      String w = lower.get(k);
      if (w.equals(";") || language.relatives().contains(w) || w.equals("dont") || w.equals("où")
          || w.equals("where") || w.equals("whose")) {
        break;
      }
      k++;
    }
    return k;
  }

  /**
   * The resolved place the clause says the event happened at: governed by a preposition of place,
   * not a demonym, not an actor or the target, not inside a person's or an organisation's name; the
   * nearest to the trigger, after it before before it. A place attacked or taken is the target's.
   */
  private Optional<Place> place(int first, int end, int edge, int clauseEnd, List<Participant> actors,
      Optional<Participant> target, Frame frame) {
    EventSentence.PlaceAt best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EventSentence.PlaceAt p : s.placesIn(Math.max(edge, first - MAX_CLAUSE_WORDS), clauseEnd)) {
      if (p.demonym() || p.first() < edge || p.first() >= clauseEnd || s.roleStart(p.first()) >= 0
          || s.bracketed(p.first())
          || overlaps(p.first(), p.end(), actors) || target.filter(t -> t.first() < p.end() && p.first() < t.end())
              .isPresent()) {
        continue;
      }
      boolean inName = false;
      for (int w = p.first(); w < p.end(); w++) {
        Optional<EventSentence.NameAt> n = s.nameAt(w);
        inName |= n.isPresent() && (n.get().type() == EntityType.PER || n.get().type() == EntityType.ORG
            || n.get().first() != p.first());
      }
      if (inName) {
        continue;
      }
      String preposition = governing(p.first());
      if (preposition == null || !language.locatives().contains(preposition)
          || frame.prepositions().contains(preposition) && !frame.object().contains(ObjectRole.PLACE)) {
        continue;
      }
      int distance = p.first() >= end ? p.first() - end : 2 * (first - p.end()) + 1;
      if (distance < bestDistance) {
        best = p;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best).map(EventSentence.PlaceAt::place);
  }

  private static boolean overlaps(int first, int end, List<Participant> participants) {
    return participants.stream().anyMatch(a -> a.first() >= 0 && a.first() < end && first < a.end());
  }

  /** The nearest time expression with a date in the clause. */
  private Optional<TimeExpression> time(int first, int edge, int clauseEnd) {
    EventSentence.TimeAt best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (EventSentence.TimeAt t : s.timesIn(Math.max(edge, first - MAX_CLAUSE_WORDS), clauseEnd)) {
      if (!t.time().value().matches("\\d{4}.*")) {
        continue;
      }
      if (t.first() < edge || t.first() >= clauseEnd) {
        continue;
      }
      int distance = Math.abs(t.first() - first);
      if (distance < bestDistance) {
        best = t;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best).map(EventSentence.TimeAt::time);
  }

  /** Whether the word before {@code i} makes an ambiguous form a verb: a subject, an auxiliary, a clitic. */
  private boolean verbContext(int i) {
    if (i == 0) {
      return false;
    }
    String w = lower.get(i - 1);
    return s.nameAt(i - 1).isPresent() || language.haveAuxiliaries().contains(w)
        || language.beAuxiliaries().contains(w) || language.modals().contains(w) || language.reflexives().contains(w)
        || language.subjectPronouns().contains(w) || language.relatives().contains(w)
        || language.negations().contains(w) && !w.equals("no") && !w.equals("aucun") && !w.equals("aucune")
        || language.skippable().contains(w) && !language.preposition(w) || language.groups().contains(w)
        || english && (w.equals("to") || w.equals("did") || w.equals("we") || w.equals("i") || w.equals("you")
            || w.equals("it")) || !english && (w.equals("on") || w.equals("nous") || w.equals("je"));
  }
}
