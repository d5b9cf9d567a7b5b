package org.vigie.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.vigie.text.TextShape;

/**
 * Recognises the words of a site's interface that crawlers leave in the text: search boxes, share
 * and print buttons, log-in and subscription prompts, cookie notices, "read also" links, bread
 * crumbs. A small lexicon in the languages of European news, matched on whole lines only, so that
 * the same words inside a sentence are never touched.
 */
public final class InterfaceLexicon {
  /** Lines that are exactly one of these (accents and case folded, trailing punctuation ignored). */
  private static final Set<String> PHRASES = Set.of(
      // French
      "rechercher", "recherche", "menu", "accueil", "partager", "partager l'article", "partager cet article",
      "partager sur facebook", "partager sur twitter", "tweeter", "imprimer", "envoyer", "envoyer par e-mail",
      "envoyer par email", "s'abonner", "abonnez-vous", "je m'abonne", "newsletter", "se connecter", "connexion",
      "mon compte", "fermer", "publicite", "suivez-nous", "commentaires", "commenter", "reagir", "lire la suite",
      "voir plus", "en savoir plus", "aller au contenu", "aller au contenu principal", "retour en haut",
      "haut de page", "copier le lien", "lien copie", "ecouter cet article", "ajouter a mes favoris", "sauvegarder",
      "offrir cet article", "les plus lus", "a la une", "en direct", "video", "diaporama", "sommaire",
      "contenus sponsorises", "sponsorise", "deja abonne", "se deconnecter", "s'inscrire", "ok", "annuler",
      "precedent", "suivant", "plus d'options", "accepter", "accepter et fermer", "tout accepter", "refuser",
      "tout refuser", "continuer sans accepter", "parametrer", "personnaliser", "j'accepte", "abonnes", "reserve aux abonnes", "article reserve aux abonnes",
      // English
      "search", "home", "share", "share this", "share this article", "share this story", "share on facebook",
      "share on twitter", "tweet", "print", "email", "e-mail", "subscribe", "sign up", "sign in", "log in",
      "login", "log out", "close", "advertisement", "advertising", "sponsored", "sponsored content", "follow us",
      "comments", "read more", "show more", "load more", "skip to content", "skip to main content",
      "skip to navigation", "back to top", "copy link", "link copied", "listen to this article", "save",
      "save article", "gift this article", "trending", "most read", "most popular", "related", "related articles",
      "related stories", "more stories", "more from", "top stories", "latest news", "next", "previous",
      "cancel", "accept", "accept all", "reject all", "manage cookies", "cookie settings", "watch", "listen",
      "topics", "tags", "you may also like", "recommended", "editor's picks", "sharing is caring", "share this post",
      "share this page", "about the author", "more", "see more", "view more", "explore further", "don't miss",
      "advert", "ad",
      // German, Spanish, Italian, Portuguese, Dutch
      "suche", "suchen", "teilen", "drucken", "anmelden", "abmelden", "abonnieren", "werbung", "anzeige",
      "mehr lesen", "weiterlesen", "startseite", "buscar", "compartir", "imprimir", "suscribete", "publicidad",
      "iniciar sesion", "leer mas", "inicio", "cerca", "condividi", "stampa", "abbonati", "pubblicita", "accedi",
      "leggi anche", "pesquisar", "compartilhar", "partilhar", "assine", "publicidade", "entrar", "leia mais",
      "zoeken", "delen", "inloggen", "advertentie", "lees meer");

  /** Names of social networks and sharing channels: a line made only of these is a share bar. */
  private static final Set<String> SHARE_WORDS = Set.of("facebook", "twitter", "x", "linkedin", "whatsapp",
      "telegram", "pinterest", "reddit", "messenger", "email", "e-mail", "mail", "instagram", "youtube",
      "tiktok", "flipboard", "bluesky", "threads", "mastodon", "sms", "print", "imprimer", "share", "partager",
      "copy", "link", "copier", "le", "lien", "tweet", "tweeter", "rss");

  /** Lines that start like a link to another page or a prompt, whatever follows. */
  private static final Pattern PROMPT_START = Pattern.compile(
      "^(?:a lire aussi|lire aussi|lire egalement|voir aussi|a voir aussi|a voir egalement|notre dossier|"
          + "read more|read also|also read|see also|related|more on this|more:|related:|watch:|listen:|"
          + "mehr zum thema|lesen sie auch|lee tambien|leia tambem|leggi anche|lees ook|"
          + "cet article est reserve aux abonnes|cet article vous est offert|deja abonne|"
          + "this article is for subscribers|already a subscriber|subscribe to|sign up for|"
          + "inscrivez-vous|abonnez-vous|recevez notre newsletter|get our newsletter|"
          + "follow us on|suivez-nous sur|retrouvez-nous sur|click here|cliquez ici|"
          + "tous droits reserves|all rights reserved|copyright ©|© copyright)\\b.*",
      Pattern.CASE_INSENSITIVE);

  /** Cookie and consent notices: a line about cookies that asks something of the reader. */
  private static final Pattern COOKIE = Pattern.compile(
      ".*\\b(?:cookies?|traceurs|consentement|consent)\\b.*", Pattern.CASE_INSENSITIVE);

  /** What a notice says to the reader, as opposed to an article about cookies. */
  private static final Pattern COOKIE_ASK = Pattern.compile(
      ".*\\b(?:we use|we and our partners|this (?:site|website) uses|by continuing|you agree|you consent|"
          + "accept all|accept cookies|manage (?:cookies|preferences|your choices)|cookie (?:settings|policy)|"
          + "nous utilisons|nos partenaires|ce site utilise|en poursuivant|en continuant|vous acceptez|"
          + "accepter et fermer|tout accepter|accepter les cookies|gerer (?:les cookies|mes choix)|"
          + "parametrer les cookies|wir verwenden|utilizamos|utilizziamo)\\b.*",
      Pattern.CASE_INSENSITIVE);

  /**
   * What a site asks of or tells its reader at the end of an article: subscribe, follow, listen,
   * support; the affiliate notice; the reporter's contact line; the copyright line. Matched anywhere in a line, so only for the
   * last lines of an article (see {@link #isCallToAction}).
   */
  private static final Pattern CALL_TO_ACTION = Pattern.compile(
      "\\b(?:sign up (?:for|to|here|now)|subscribe (?:to|now|today|here)|by subscribing|subscribing to|"
          + "(?:our|free|daily|weekly) newsletters?|in your inbox|to your inbox|you have been (?:successfully )?subscribed|"
          + "problem subscribing|"
          + "follow (?:@?[\\w.]+ )?(?:[\\w.]+ )?on (?:twitter|facebook|instagram|linkedin|youtube|tiktok)|"
          + "follow (?:us|him|her) @|listen (?:live|back)|listen to the (?:full )?(?:episode|podcast)|"
          + "(?:may|might|could) (?:earn|receive) (?:an? )?(?:small )?(?:affiliate )?commission|affiliate commission|"
          + "if you (?:enjoyed|liked) this|like this article|enjoyed this article|"
          + "have a (?:news )?tip|(?:can|may) be reached at|full coverage of|"
          + "abonnez-vous|inscrivez-vous|notre newsletter|suivez-nous sur|recevez (?:notre|nos|gratuitement)|"
          + "all rights reserved|tous droits reserves)\\b|不得转载|版权所有|禁止转载|無断転載",
      Pattern.CASE_INSENSITIVE);
  /** A call to action is a few sentences at most. */
  private static final int MAX_CALL_TO_ACTION_WORDS = 80;

  /** Bread crumbs: short items joined by arrows or chevrons ("Accueil > Monde > Afrique"). */
  private static final Pattern CRUMBS = Pattern.compile("^[^.!?]{1,60}(?:\\s[>›»/]\\s[^.!?]{1,60}){2,}$");

  private static final int MAX_LINE = 400;

  // Compiled once: these run on every line of every page.
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s\\p{Punct}«»“”’…·•|]+$");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s\\p{Punct}«»“”·•|]+");
  private static final Pattern SHARE_SEPARATORS = Pattern.compile("[\\s|/·•,]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}");

  private InterfaceLexicon() {}

  /** True when the whole line is interface text, not content. */
  public static boolean isInterface(String line) {
    if (line.length() > MAX_LINE) {
      return false;
    }
    String folded = fold(line);
    String bare = LEADING_PUNCTUATION.matcher(TRAILING_PUNCTUATION.matcher(folded).replaceAll("")).replaceAll("");
    if (bare.isEmpty()) {
      return true;
    }
    if (PHRASES.contains(bare) || PROMPT_START.matcher(bare).matches() || isShareBar(bare)) {
      return true;
    }
    if (line.length() < 400 && COOKIE.matcher(folded).matches() && COOKIE_ASK.matcher(folded).matches()) {
      return true;
    }
    return isCrumbs(line);
  }

  /**
   * True when a line asks the reader to subscribe, follow, listen or write in, or tells of
   * affiliate links: site furniture when it closes an article, though its words may appear in a
   * paragraph elsewhere.
   */
  public static boolean isCallToAction(String line) {
    return TextShape.words(line, MAX_CALL_TO_ACTION_WORDS + 1) <= MAX_CALL_TO_ACTION_WORDS
        && CALL_TO_ACTION.matcher(fold(line)).find();
  }

  public static boolean isCrumbs(String line) {
    return line.length() <= 200 && CRUMBS.matcher(line).matches();
  }

  private static boolean isShareBar(String bare) {
    String[] tokens = SHARE_SEPARATORS.split(bare);
    if (tokens.length == 0 || tokens.length > 10) {
      return false;
    }
    for (String token : tokens) {
      if (!SHARE_WORDS.contains(token) && !PHRASES.contains(token)) {
        return false;
      }
    }
    return true;
  }

  static String fold(String text) {
    String decomposed = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return decomposed.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
  }
}
