package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterfaceLexiconTest {

  @Test
  void isInterface_interfaceLinesInSeveralLanguages() {
    for (String line : new String[] {"Rechercher", "Search", "Suche", "Partager", "Share this article", "Imprimer",
        "Facebook Twitter WhatsApp Email", "Lire aussi : Le Mali rompt avec la France", "Read more: Markets rally",
        "Accueil > Monde > Afrique", "We use cookies to improve your experience. Accept all",
        "Cet article est réservé aux abonnés", "Skip to main content", "S'abonner", "Leia mais", "»", "More",
        "Explore further", "DON'T MISS", "Advert"}) {
      assertThat(InterfaceLexicon.isInterface(line)).as(line).isTrue();
    }
  }

  @Test
  void isInterface_contentLines_notInterface() {
    for (String line : new String[] {"Le ministre turc de la Défense et son chef d'état-major à Tripoli",
        "Search for survivors continues after earthquake",
        "La CNIL sanctionne Google pour ses cookies publicitaires",
        "Share prices fell sharply in Tokyo on Monday after the central bank's decision.",
        "Dernières Infos - Libye"}) {
      assertThat(InterfaceLexicon.isInterface(line)).as(line).isFalse();
    }
  }

  @Test
  void isCallToAction_closingPromptsOfNewsSites() {
    for (String line : new String[] {
        "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
        "Like this article? SIGN UP for our newsletter",
        "Follow him on Twitter @michaeldwall. Follow us on Twitter @Spacedotcom or Facebook.",
        "Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.",
        "Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.",
        "Microsoft may earn an Affiliate Commission if you purchase something through recommended links in this article.",
        "Have a tip? Amy Kuperinsky may be reached at akuperinsky@njadvancemedia.com.",
        "Follow AP's full coverage of Brexit and British politics at https://www.apnews.com/Brexit",
        "Abonnez-vous à notre newsletter pour recevoir l'essentiel de l'actualité."}) {
      assertThat(InterfaceLexicon.isCallToAction(line)).as(line).isTrue();
    }
  }

  @Test
  void isCallToAction_newsAboutSubscriptions_notACallToAction() {
    for (String line : new String[] {"The newspaper lost 20,000 subscribers last year, its owner said.",
        "Netflix said it would raise the price of its subscription in January.",
        "She had followed the debate on Twitter all night."}) {
      assertThat(InterfaceLexicon.isCallToAction(line)).as(line).isFalse();
    }
  }
}
