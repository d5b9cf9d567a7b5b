/**
 * Text helpers every stage shares: normalising a line for comparison, counting words, telling
 * whether a line reads as a sentence.
 */
package org.vigie.text;
