package org.vigie.testing;

/** Small article texts for tests: a headline line, then paragraphs of prose. */
public final class Articles {
  private Articles() {}

  public static String french(int n) {
    return "Le conseil municipal adopte le budget numéro " + n + "\n\n"
        + "Le conseil municipal a adopté mardi soir le budget numéro " + n + " après un long débat sur les "
        + "dépenses d'entretien des écoles et des routes de la commune.\n\n"
        + "Le maire a salué un vote responsable, tandis que l'opposition a dénoncé une hausse des impôts locaux "
        + "qu'elle juge injustifiée dans le contexte actuel.\n";
  }

  public static String english(int n) {
    return "Council approves budget number " + n + " after long debate\n\n"
        + "The city council approved budget number " + n + " on Tuesday night after a long debate about the cost "
        + "of repairing schools and roads across the town.\n\n"
        + "The mayor welcomed a responsible vote, while the opposition criticised a rise in local taxes that it "
        + "said was not justified.\n";
  }
}
