/**
 * Quotes: who said what, in French and English — direct, partial and reported speech with its cue,
 * the speaker found around it and resolved to an entity when the text allows.
 */
package org.vigie.quotes;
