package org.vigie.store;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;

/** Counts the facets of the documents a search collected, from the sorted-set doc values of {@link IndexFields}. */
final class FacetCounter {
  private FacetCounter() {}

  static Facets count(SortedSetDocValuesReaderState state, FacetsCollector collected, int size) throws IOException {
    SortedSetDocValuesFacetCounts counts = new SortedSetDocValuesFacetCounts(state, collected);
    return new Facets(
        top(counts, state, IndexFields.FACET_COUNTRY, size, false),
        top(counts, state, IndexFields.FACET_PERSON, size, true),
        top(counts, state, IndexFields.FACET_ORGANISATION, size, true),
        top(counts, state, IndexFields.FACET_PLACE, size, true),
        top(counts, state, IndexFields.FACET_OUTLET, size, false),
        top(counts, state, IndexFields.FACET_LANGUAGE, size, false),
        top(counts, state, IndexFields.FACET_STORY, size, false),
        days(counts, state),
        top(counts, state, IndexFields.FACET_EVENT, size, false));
  }

  private static List<FacetCount> top(SortedSetDocValuesFacetCounts counts, SortedSetDocValuesReaderState state,
      String dim, int size, boolean labelled) throws IOException {
    if (state.getOrdRange(dim) == null) {
      return List.of();
    }
    FacetResult result = counts.getTopChildren(size, dim);
    List<FacetCount> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue entry : result.labelValues) {
        String label = entry.label;
        int separator = labelled ? label.indexOf(IndexFields.LABEL_SEPARATOR) : -1;
        values.add(separator < 0 ? new FacetCount(label, label, entry.value.longValue())
            : new FacetCount(label.substring(0, separator), label.substring(separator + 1), entry.value.longValue()));
      }
    }
    return values;
  }

  private static List<DayCount> days(SortedSetDocValuesFacetCounts counts, SortedSetDocValuesReaderState state)
      throws IOException {
    if (state.getOrdRange(IndexFields.FACET_DAY) == null) {
      return List.of();
    }
    FacetResult result = counts.getAllChildren(IndexFields.FACET_DAY);
    List<DayCount> days = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue entry : result.labelValues) {
        days.add(new DayCount(LocalDate.parse(entry.label), entry.value.longValue()));
      }
    }
    days.sort(Comparator.comparing(DayCount::day));
    return days;
  }
}
