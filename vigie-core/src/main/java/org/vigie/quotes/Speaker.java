package org.vigie.quotes;

import java.util.Objects;

/**
 * Who a cue attributes speech to, as the sentence writes it.
 *
 * @param block the block the words are in (a quote that goes on in a new paragraph keeps the
 *     speaker of the paragraph before)
 * @param written the whole phrase, appositions included ("le vice-ministre libyen de la Défense du
 *     GNA, Salah al-Namrouch")
 * @param head the part that names the speaker ("Salah al-Namrouch", "GNA" in "un communiqué du
 *     GNA"), what resolution looks up
 */
public record Speaker(int block, TextRange written, TextRange head) {
  public Speaker {
    Objects.requireNonNull(written, "written");
    Objects.requireNonNull(head, "head");
  }
}
