package org.vigie.app.http;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.vigie.store.DayCount;

/**
 * The volume of articles over time as an SVG bar chart: a bar a day, or a bar a month when the
 * days span more than four months, so that the bars stay wide enough to see and to point at.
 */
final class Timeline {
  private static final int WIDTH = 600;
  private static final int HEIGHT = 120;
  private static final long MAX_DAYS = 120;

  private Timeline() {}

  record Bar(String label, long count) {}

  static List<Bar> bars(List<DayCount> days) {
    if (days.isEmpty()) {
      return List.of();
    }
    LocalDate first = days.getFirst().day();
    LocalDate last = days.getLast().day();
    List<Bar> bars = new ArrayList<>();
    if (ChronoUnit.DAYS.between(first, last) < MAX_DAYS) {
      Map<LocalDate, Long> byDay = new TreeMap<>();
      days.forEach(d -> byDay.put(d.day(), d.count()));
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        bars.add(new Bar(day.toString(), byDay.getOrDefault(day, 0L)));
      }
    } else {
      Map<YearMonth, Long> byMonth = new TreeMap<>();
      days.forEach(d -> byMonth.merge(YearMonth.from(d.day()), d.count(), Long::sum));
      for (YearMonth month = YearMonth.from(first); !month.isAfter(YearMonth.from(last)); month = month.plusMonths(1)) {
        bars.add(new Bar(month.toString(), byMonth.getOrDefault(month, 0L)));
      }
    }
    return bars;
  }

  static Html.Safe svg(List<DayCount> days, Messages words) {
    List<Bar> bars = bars(days);
    if (bars.isEmpty()) {
      return Html.t("<p>{}</p>", words.noArticles());
    }
    long max = bars.stream().mapToLong(Bar::count).max().orElse(1);
    double width = (double) WIDTH / bars.size();
    List<Html.Safe> rects = new ArrayList<>();
    long total = 0;
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      total += bar.count();
      double height = max == 0 ? 0 : Math.max(bar.count() > 0 ? 2 : 0, (HEIGHT - 14) * (double) bar.count() / max);
      rects.add(Html.t("<rect class=\"bar\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}: {}</title></rect>",
          fmt(i * width), fmt(HEIGHT - 12 - height), fmt(Math.max(0.5, width - 0.5)), fmt(height), bar.label(),
          bar.count()));
    }
    String summary = words.timeline() + ": " + total + " " + words.articlesCount() + ", " + bars.getFirst().label()
        + " – " + bars.getLast().label();
    return Html.t("<figure class=\"timeline\"><svg viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"{}\">{}"
            + "<text class=\"axis\" x=\"0\" y=\"{}\">{}</text><text class=\"axis end\" x=\"{}\" y=\"{}\">{}</text></svg>"
            + "<figcaption>{}</figcaption></figure>",
        WIDTH, HEIGHT, summary, Html.join(rects), HEIGHT - 1, bars.getFirst().label(), WIDTH, HEIGHT - 1,
        bars.getLast().label(), summary);
  }

  private static String fmt(double value) {
    return String.format(java.util.Locale.ROOT, "%.1f", value);
  }
}
