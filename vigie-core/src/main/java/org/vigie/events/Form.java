package org.vigie.events;

/** What a word form of a trigger is, which decides how its sentence is read around it. */
enum Form {
  /** A finite verb in the present or a past tense ("rencontre", "signèrent", "visits"). */
  FINITE,
  /** A future or conditional verb ("signera", "aurait"): the text does not say it happened. */
  FUTURE,
  /** A past participle ("rendus", "signé", "taken"). */
  PARTICIPLE,
  /** An English past form, finite or participle ("signed", "met"). */
  PAST,
  /** An English base form, present or infinitive ("visit", "sign"). */
  BASE,
  /** A French infinitive ("rencontrer"). */
  INFINITIVE,
  /** A present participle or gerund ("signant", "visiting"). */
  GERUND,
  /** A noun ("visite", "talks", "offensive"). */
  NOUN
}
