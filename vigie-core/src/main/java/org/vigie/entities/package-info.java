/**
 * Names in an article: a sentence-level tagger behind {@link org.vigie.entities.NameRecognizer}, corrected
 * by reading the whole document, with the roles the text gives and one identity per entity across articles.
 */
package org.vigie.entities;
