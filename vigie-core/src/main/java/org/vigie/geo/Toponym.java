package org.vigie.geo;

import java.util.List;
import org.vigie.model.SpanTarget;

/**
 * A place name found in one text of an article, with the gazetteer entries it may name.
 *
 * @param in the text it was read in (title, body block, caption)
 * @param index the block or caption number, 0 for the title
 * @param start start in the text, UTF-16 units
 * @param end end (exclusive)
 * @param hits the candidate entries
 * @param weak true when the name might be an ordinary word or part of a person's name: it is kept
 *     only if the rest of the article supports one of its candidates
 * @param recognised true when the entity recogniser marked it, rather than the gazetteer finder
 */
public record Toponym(SpanTarget in, int index, int start, int end, String text, List<NameHit> hits, boolean weak,
    boolean recognised) {
  public Toponym {
    hits = List.copyOf(hits);
  }

  public boolean overlaps(Toponym other) {
    return in == other.in && index == other.index && start < other.end && other.start < end;
  }
}
