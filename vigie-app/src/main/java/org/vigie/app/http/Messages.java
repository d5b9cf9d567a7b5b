package org.vigie.app.http;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.vigie.model.CameoRoot;
import org.vigie.model.Event;

/**
 * The words of the pages, in French and in English: one record per language, so that a missing
 * translation is a compile error rather than a blank on the page.
 */
record Messages(Locale locale, String code, String other, String otherName, String tagline, String search,
    String searchLabel, String searchButton, String home, String map, String latestNews, String lastDayWithNews,
    String latestStories, String countriesInTheNews, String peopleInTheNews, String organisationsInTheNews,
    String noArticles, String results, String sortRelevance, String sortNewest, String countries, String persons,
    String organisations, String outlets, String languages, String places, String timeline, String latestIn,
    String roles, String quotes, String coMentioned, String articles, String firstSeen, String byOutlet, String source,
    String caption, String facts, String entities, String dates, String published, String moreLikeThis,
    String feed, String story, String mapTitle, String mapHelp, String articlesCount, String skip, String page,
    String next, String previous, String notFound, String error, String language, String inferred, String mentions,
    String quoteBy, String sortBy, String stories, String lastSeen, String copyOf, String sortBiggest,
    String sortLatest, String storyArticles, String allStories, String oneArticle, String oneOutlet, String events,
    String eventActors, String eventTarget, String eventPlace, String eventTime, String asserted, String negated,
    String uncertain, String latestEvents) {

  static final Messages FRENCH = new Messages(Locale.FRENCH, "fr", "en", "English",
      "Veille d'actualité : qui a fait quoi, où et quand", "Recherche", "Rechercher dans les articles", "Rechercher",
      "Accueil", "Carte", "Dernières 24 heures", "Dernier jour d'actualité", "Dernières affaires",
      "Pays dans l'actualité", "Personnes dans l'actualité", "Organisations dans l'actualité", "Aucun article.",
      "résultats", "Pertinence", "Plus récents", "Pays", "Personnes", "Organisations", "Médias", "Langues", "Lieux",
      "Volume par jour", "Dernières infos", "Fonctions", "Citations", "Cités avec", "Articles", "Première parution",
      "Par média", "Source", "Légende", "Faits relevés", "Entités", "Dates", "Publié", "Articles proches",
      "Flux Atom", "Affaire", "Où en parle-t-on ?", "Nombre d'articles par pays ; choisissez un pays pour ses"
          + " dernières infos.", "articles", "Aller au contenu", "Page", "Suivants", "Précédents", "Page introuvable",
      "Erreur", "Langue", "estimée", "Mentions", "Citation de", "Trier par", "Affaires", "Dernière parution",
      "copie de", "Les plus suivies", "Les plus récentes", "Les articles dans l'ordre de parution",
      "Toutes les affaires", "article", "média", "Événements", "Acteurs", "Cible", "Lieu", "Date", "affirmé",
      "démenti par le texte", "incertain", "Derniers événements");

  static final Messages ENGLISH = new Messages(Locale.ENGLISH, "en", "fr", "Français",
      "News monitoring: who did what, where and when", "Search", "Search the articles", "Search", "Home", "Map",
      "Last 24 hours", "Latest day with news", "Latest stories", "Countries in the news", "People in the news",
      "Organisations in the news", "No articles.", "results", "Relevance", "Newest", "Countries", "People",
      "Organisations", "Outlets", "Languages", "Places", "Volume per day", "Latest news", "Roles", "Quotes",
      "Mentioned with", "Articles", "First seen", "By outlet", "Source", "Caption", "Facts found", "Entities",
      "Dates", "Published", "Similar articles", "Atom feed", "Story", "Where is the news?",
      "Number of articles per country; choose a country for its latest news.", "articles", "Skip to content", "Page",
      "Next", "Previous", "Page not found", "Error", "Language", "estimated", "Mentions", "Quote by", "Sort by",
      "Stories", "Last seen", "copy of", "Biggest", "Latest", "The articles in publication order", "All stories",
      "article", "outlet", "Events", "Actors", "Target", "Place", "Time", "asserted", "negated in the text",
      "uncertain", "Latest events");

  static final List<Messages> ALL = List.of(FRENCH, ENGLISH);

  /** The language asked for by {@code ?hl=}, then the cookie, then the browser's Accept-Language; English otherwise. */
  static Messages choose(Optional<String> asked, Optional<String> cookie, Optional<String> acceptLanguage) {
    Optional<Messages> chosen = asked.flatMap(Messages::byCode).or(() -> cookie.flatMap(Messages::byCode));
    if (chosen.isPresent()) {
      return chosen.get();
    }
    if (acceptLanguage.isPresent()) {
      try {
        List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage.get());
        Locale best = Locale.lookup(ranges, List.of(Locale.FRENCH, Locale.ENGLISH));
        if (best != null && best.getLanguage().equals("fr")) {
          return FRENCH;
        }
      } catch (IllegalArgumentException e) {
        // A malformed header: the default language.
      }
    }
    return ENGLISH;
  }

  static Optional<Messages> byCode(String code) {
    return ALL.stream().filter(m -> m.code().equalsIgnoreCase(code.strip())).findFirst();
  }

  /** The colon as each language writes it: "Recherche : Tripoli", "Search: Tripoli". */
  String colon() {
    return code.equals("fr") ? " : " : ": ";
  }

  /** "Libye" or "Libya"; the code itself for a code the JDK does not know. */
  String countryName(String code) {
    String name = Locale.of("", code).getDisplayCountry(locale);
    return name.isBlank() || name.equalsIgnoreCase(code) ? code : name;
  }

  /** The name of a CAMEO top-level class in this language ("Consultation", "Consult"). */
  String cameoName(CameoRoot root) {
    boolean fr = code.equals("fr");
    return switch (root) {
      case MAKE_PUBLIC_STATEMENT -> fr ? "Déclaration publique" : "Public statement";
      case APPEAL -> fr ? "Appel" : "Appeal";
      case EXPRESS_INTENT_TO_COOPERATE -> fr ? "Intention de coopérer" : "Intent to cooperate";
      case CONSULT -> fr ? "Consultation" : "Consult";
      case ENGAGE_IN_DIPLOMATIC_COOPERATION -> fr ? "Coopération diplomatique" : "Diplomatic cooperation";
      case ENGAGE_IN_MATERIAL_COOPERATION -> fr ? "Coopération matérielle" : "Material cooperation";
      case PROVIDE_AID -> fr ? "Aide" : "Aid";
      case YIELD -> fr ? "Concession" : "Yield";
      case INVESTIGATE -> fr ? "Enquête" : "Investigate";
      case DEMAND -> fr ? "Exigence" : "Demand";
      case DISAPPROVE -> fr ? "Désapprobation" : "Disapprove";
      case REJECT -> fr ? "Rejet" : "Reject";
      case THREATEN -> fr ? "Menace" : "Threaten";
      case PROTEST -> fr ? "Protestation" : "Protest";
      case EXHIBIT_FORCE_POSTURE -> fr ? "Démonstration de force" : "Force posture";
      case REDUCE_RELATIONS -> fr ? "Réduction des relations" : "Reduce relations";
      case COERCE -> fr ? "Coercition" : "Coerce";
      case ASSAULT -> fr ? "Agression" : "Assault";
      case FIGHT -> fr ? "Combat" : "Fight";
      case USE_UNCONVENTIONAL_MASS_VIOLENCE -> fr ? "Violence de masse" : "Mass violence";
    };
  }

  /** Whether the text says it happened, says it did not, or only says it may. */
  String factuality(Event.Factuality factuality) {
    return switch (factuality) {
      case ASSERTED -> asserted;
      case NEGATED -> negated;
      case UNCERTAIN -> uncertain;
    };
  }

  /** "français" or "French". */
  String languageName(String code) {
    String name = Locale.of(code).getDisplayLanguage(locale);
    return name.isBlank() || code.equals("und") ? code : name;
  }
}
