package org.vigie.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.entities.Lexicon.Kind;
import org.vigie.model.EntityType;

/**
 * The roles the text gives persons, with the country a role implies. Two patterns, French and
 * English alike:
 *
 * <ul>
 *   <li>a title before the name, possibly set off by a comma: "le ministre turc de la Défense
 *       Hulusi Akar", "le vice-ministre libyen de la Défense du GNA, Salah al-Namrouch", "Turkish
 *       Defence Minister Hulusi Akar", "M. Walewski". Read leftwards from the name over role words,
 *       demonyms, capitalised words and particles; the role runs from its first content word to
 *       the name, and holds at least one head word ("ministre", "chef", "Minister", "maréchal");
 *   <li>an apposition after the name: "Fayez al-Sarraj, chef du GNA", "Khalifa Haftar, l'homme
 *       fort de l'est libyen, qui…", "X, a spokesman for Y": a head word within three words of the
 *       comma, the role running to the next comma, full stop or relative pronoun.
 * </ul>
 *
 * <p>The country is the one a demonym or a country name in the role names ("turc" → TR, "of
 * Turkey" → TR), else that of an organisation in the role whose country the text gives ("chef du
 * GNA", the GNA being "libyen"), else, for a role naming no organisation, that of the nearest role
 * before it in the sentence, since coordinated roles share it ("chef de la diplomatie turque X,
 * accompagné du ministre des Finances Y" → both TR).
 */
public final class RoleFinder {
  private static final int MAX_TITLE_WORDS = 10;
  private static final int MAX_APPOSITION_WORDS = 12;
  private static final Set<String> DETERMINERS = Set.of("le", "la", "les", "l'", "un", "une", "the", "a", "an");
  private static final Set<String> CLAUSE_WORDS = Set.of("qui", "que", "dont", "who", "which", "whose", "that");

  private final Lexicon lexicon;

  public RoleFinder(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * A role in a sentence: tokens {@code [start, end)}.
   *
   * @param honorific whether it is only a form of address ("M.", "Mr", "Mme"), not a function
   */
  public record RoleSpan(int sentence, int start, int end, Optional<String> country, boolean honorific) {}

  /** The roles of each person name, by the name's index in {@code names}. */
  public Map<Integer, List<RoleSpan>> find(TokenDocument document, List<Name> names) {
    Map<String, String> organisationCountries = organisationCountries(document, names);
    Coverage persons = new Coverage(document, names.stream().filter(n -> n.type() == EntityType.PER).toList());
    Map<Integer, List<RoleSpan>> roles = new HashMap<>();
    Map<Integer, String> lastCountryBySentence = new HashMap<>();
    for (int n = 0; n < names.size(); n++) {
      Name name = names.get(n);
      if (name.type() != EntityType.PER) {
        continue;
      }
      List<RoleSpan> found = new ArrayList<>(2);
      before(document, persons, name).ifPresent(r -> found.add(withCountry(document, names, r, organisationCountries,
          lastCountryBySentence)));
      after(document, name).ifPresent(r -> found.add(withCountry(document, names, r, organisationCountries,
          lastCountryBySentence)));
      if (!found.isEmpty()) {
        roles.put(n, found);
      }
    }
    return roles;
  }

  private Optional<RoleSpan> before(TokenDocument document, Coverage persons, Name name) {
    String language = document.language();
    TokenSentence sentence = document.sentence(name.sentence());
    int end = name.start();
    int j = end - 1;
    if (j >= 0 && sentence.token(j).equals(",")) {
      end = j;
      j--;
    }
    int first = -1;
    for (int words = 0; j >= 0 && words < MAX_TITLE_WORDS; j--, words++) {
      String token = sentence.token(j);
      if (persons.covers(name.sentence(), j)) {
        break;
      }
      if (isHead(language, token)) {
        first = j;
      } else if (token.equals(".") && j > 0 && lexicon.is(Kind.TITLE, language, sentence.token(j - 1))) {
        continue;
      } else if (isFunction(language, token) || isModifier(language, token)) {
        continue;
      } else {
        break;
      }
    }
    if (first < 0) {
      return Optional.empty();
    }
    // Words before the head belong to the role only when nothing separates them from it: "Turkish
    // Defence Minister", not "Arrivée du ministre".
    while (first > 0 && isModifier(language, sentence.token(first - 1))
        && !persons.covers(name.sentence(), first - 1)) {
      first--;
    }
    int last = end;
    while (last > first && isFunction(language, sentence.token(last - 1))) {
      last--;
    }
    boolean honorific = sentence.tokens().subList(first, last).stream()
        .allMatch(t -> t.equals(".") || lexicon.is(Kind.TITLE, language, t));
    return Optional.of(new RoleSpan(name.sentence(), first, last, Optional.empty(), honorific));
  }

  private Optional<RoleSpan> after(TokenDocument document, Name name) {
    String language = document.language();
    TokenSentence sentence = document.sentence(name.sentence());
    int k = name.end();
    if (k >= sentence.size() || !sentence.token(k).equals(",")) {
      return Optional.empty();
    }
    k++;
    if (k < sentence.size() && DETERMINERS.contains(Words.folded(sentence.token(k)))) {
      k++;
    }
    int start = k;
    boolean head = false;
    for (int i = start; i < Math.min(sentence.size(), start + 3); i++) {
      if (isHead(language, sentence.token(i)) && !lexicon.is(Kind.TITLE, language, sentence.token(i))) {
        head = true;
        break;
      }
    }
    if (!head) {
      return Optional.empty();
    }
    int end = start;
    while (end < sentence.size() && end - start < MAX_APPOSITION_WORDS) {
      String token = sentence.token(end);
      if (token.equals(",") || token.equals(".") || token.equals(";") || token.equals(")") || token.equals("(")
          || token.equals(":")
          || CLAUSE_WORDS.contains(Words.folded(token))) {
        break;
      }
      end++;
    }
    while (end > start && isFunction(language, sentence.token(end - 1))) {
      end--;
    }
    return end > start ? Optional.of(new RoleSpan(name.sentence(), start, end, Optional.empty(), false))
        : Optional.empty();
  }

  private RoleSpan withCountry(TokenDocument document, List<Name> names, RoleSpan role,
      Map<String, String> organisationCountries, Map<Integer, String> lastCountryBySentence) {
    Optional<String> country = Optional.empty();
    TokenSentence sentence = document.sentence(role.sentence());
    for (int i = role.start(); i < role.end() && country.isEmpty(); i++) {
      String token = sentence.token(i);
      country = demonym(document.language(), token).or(() -> lexicon.countryCode(token));
    }
    boolean namesOther = false;
    for (Name name : names) {
      if (country.isEmpty() && name.type() != EntityType.PER && name.sentence() == role.sentence()
          && name.start() >= role.start() && name.end() <= role.end()) {
        namesOther = true;
        String text = Words.folded(document.text(name));
        country = Optional.ofNullable(organisationCountries.get(text)).or(() -> lexicon.countryCode(text));
      }
    }
    // A role that names its own organisation ("head of the GNA") does not take a neighbour's country.
    if (country.isEmpty() && !role.honorific() && !namesOther) {
      country = Optional.ofNullable(lastCountryBySentence.get(role.sentence()));
    }
    country.ifPresent(code -> lastCountryBySentence.put(role.sentence(), code));
    return new RoleSpan(role.sentence(), role.start(), role.end(), country, role.honorific());
  }

  /**
   * Organisations the text gives a country, by the folded name: a demonym right after the name or
   * after its parenthesised acronym ("le Gouvernement d'union nationale (GNA) libyen" → both LY).
   */
  Map<String, String> organisationCountries(TokenDocument document, List<Name> names) {
    Map<String, String> countries = new HashMap<>();
    for (Name name : names) {
      if (name.type() != EntityType.ORG) {
        continue;
      }
      TokenSentence sentence = document.sentence(name.sentence());
      int next = name.end();
      String acronym = null;
      if (next + 2 < sentence.size() && sentence.token(next).equals("(") && sentence.token(next + 2).equals(")")) {
        acronym = sentence.token(next + 1);
        next += 3;
      }
      if (next < sentence.size() && !Words.capitalised(sentence.token(next))) {
        Optional<String> country = demonym(document.language(), sentence.token(next));
        if (country.isPresent()) {
          countries.putIfAbsent(Words.folded(document.text(name)), country.get());
          if (acronym != null) {
            countries.putIfAbsent(Words.folded(acronym), country.get());
          }
        }
      }
    }
    return countries;
  }

  private Optional<String> demonym(String language, String token) {
    return Words.wordLike(token) ? lexicon.demonymCountry(language, token) : Optional.empty();
  }

  /** A word that may stand in a role beside its head: a demonym, a department, a capitalised name. */
  private boolean isModifier(String language, String token) {
    return !isFunction(language, token) && (lexicon.is(Kind.ROLE_PART, language, token)
        || demonym(language, token).isPresent() || Words.capitalised(token) && Words.wordLike(token));
  }

  /** A role's head word: "ministre", "chef", "Minister", "M.", also hyphenated ("vice-ministre"). */
  private boolean isHead(String language, String token) {
    if (lexicon.is(Kind.ROLE, language, token) || lexicon.is(Kind.TITLE, language, token)) {
      return true;
    }
    int hyphen = token.lastIndexOf('-');
    return hyphen > 0 && hyphen + 1 < token.length()
        && lexicon.is(Kind.ROLE, language, token.substring(hyphen + 1));
  }

  /** A function word or particle, in any case: "Le ministre" starts a sentence, the role starts at "ministre". */
  private boolean isFunction(String language, String token) {
    return lexicon.is(Kind.FUNCTION, language, token) || lexicon.is(Kind.PARTICLE, language, token);
  }
}
