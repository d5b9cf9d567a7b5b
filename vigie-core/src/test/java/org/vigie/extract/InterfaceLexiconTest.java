package org.vigie.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InterfaceLexiconTest {

  @Test
  void isInterface_interfaceLinesInSeveralLanguages() {
    for (String line : new String[] {"Rechercher", "Search", "Suche", "Partager", "Share this article", "Imprimer",
        "Facebook Twitter WhatsApp Email", "Lire aussi : Le Mali rompt avec la France", "Read more: Markets rally",
        "Accueil > Monde > Afrique", "We use cookies to improve your experience. Accept all",
        "Cet article est réservé aux abonnés", "Skip to main content", "S'abonner", "Leia mais", "»"}) {
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
}
