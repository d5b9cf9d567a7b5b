package org.vigie.stories;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Block;
import org.vigie.model.Precision;
import org.vigie.model.Published;

/** Small hand-made news articles for story tests. */
final class NewsArticles {
  private NewsArticles() {}

  static Article article(String id, String date, String outlet, String language, String title, String... paragraphs) {
    List<Block> body = Arrays.stream(paragraphs).map(Block::paragraph).toList();
    return new Article(id, Optional.empty(), "test:" + id, Optional.of(outlet), Optional.empty(), title,
        Optional.empty(), Optional.of(new Published(date, Precision.DAY, false)), Optional.of(language), body,
        List.of(), List.of(), ArticleIds.contentHash(title, body));
  }

  static long time(String date) {
    return LocalDate.parse(date).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
  }

  static Article quakeAfp() {
    return article("quake-afp", "2023-02-06", "AFP", "fr", "Séisme de magnitude 7,8 en Turquie et en Syrie",
        "Un séisme de magnitude 7,8 a frappé lundi le sud-est de la Turquie et le nord de la Syrie, près de "
            + "Gaziantep, faisant plus de 1 300 morts selon un premier bilan.",
        "Les secours turcs fouillent les décombres à Kahramanmaras et Hatay, où des centaines d'immeubles se sont "
            + "effondrés.");
  }

  static Article quakeBbc() {
    return article("quake-bbc", "2023-02-06", "BBC", "en", "Turkey and Syria hit by magnitude 7.8 earthquake",
        "A magnitude 7.8 earthquake struck south-eastern Turkey and northern Syria on Monday near Gaziantep, "
            + "killing more than 1,300 people according to early figures.",
        "Rescuers searched the rubble in Kahramanmaras and Hatay, where hundreds of buildings collapsed.");
  }

  static Article quakeReuters() {
    return article("quake-reuters", "2023-02-07", "Reuters", "en",
        "Death toll from Turkey earthquake rises as rescuers dig through rubble",
        "The death toll from the magnitude 7.8 earthquake that struck Turkey and Syria near Gaziantep rose above "
            + "5,000 on Tuesday as rescuers in Kahramanmaras and Hatay dug through collapsed buildings.",
        "Turkish President Tayyip Erdogan declared seven days of national mourning.");
  }

  static Article budgetLeMonde() {
    return article("budget-lemonde", "2023-02-07", "Le Monde", "fr",
        "Le conseil municipal de Grenoble adopte son budget après un long débat",
        "Le conseil municipal de Grenoble a adopté mardi soir un budget de 412 millions d'euros après un long "
            + "débat sur l'entretien des écoles et des routes.",
        "Le maire Éric Piolle a salué un vote responsable, l'opposition dénonce une hausse des impôts locaux.");
  }

  static Article budgetDauphine() {
    return article("budget-dauphine", "2023-02-08", "Le Dauphiné", "fr",
        "Grenoble : le budget de 412 millions d'euros voté par le conseil municipal",
        "Le budget de la ville de Grenoble, 412 millions d'euros, a été voté mardi par le conseil municipal, "
            + "après un débat tendu sur les écoles et les routes.",
        "Pour Éric Piolle, c'est un vote responsable ; l'opposition parle d'impôts locaux en hausse.");
  }

  static Article budgetLyon() {
    return article("budget-lyon", "2023-02-08", "Le Progrès", "fr",
        "Lyon : la métropole adopte un plan vélo de 100 millions d'euros",
        "Le conseil de la métropole de Lyon a voté un plan de 100 millions d'euros pour les pistes cyclables, "
            + "présenté par Bruno Bernard.",
        "Les travaux commenceront au printemps sur les quais du Rhône.");
  }
}
