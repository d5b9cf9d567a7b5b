package org.vigie.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a language's rules from templates, the way HeidelTime's resources do: a template is a
 * regular expression in which {@code {month}}, {@code {weekday}}, {@code {part}}, {@code {unit}}
 * and {@code {qty}} stand for named groups over the language's words, {@code {'}} for either
 * apostrophe, and any further name the table defines ({@code {day}}, {@code {year}}…) for its own
 * pattern. A placeholder may come back in another alternative of the same template: its later
 * groups are numbered ({@code qty2}), and {@link RuleMatch} reads whichever took part. Every rule
 * matches whole words only. Rules are tried in table order; when two match the
 * same stretch, the longer match wins, then the earlier rule.
 */
final class RuleTable {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z']+)}");

  private final TimeWords words;
  private final Map<String, String> placeholders = new LinkedHashMap<>();
  private final List<TimeRule> rules = new ArrayList<>();

  RuleTable(TimeWords words) {
    this.words = words;
    placeholders.put("month", group("month", words.months().alternation()));
    placeholders.put("weekday", group("weekday", words.weekdays().alternation()));
    placeholders.put("part", group("part", words.parts().alternation()));
    placeholders.put("unit", group("unit", words.units().alternation()));
    placeholders.put("qty", group("qty", words.numbers().pattern()));
    placeholders.put("'", "['’]\\s*");
  }

  /** Defines {@code {name}} as a named group holding {@code pattern}. */
  RuleTable group(String name, String pattern, boolean named) {
    placeholders.put(name, named ? group(name, pattern) : "(?:" + pattern + ")");
    return this;
  }

  RuleTable rule(String name, String template, TimeRule.Interpretation interpretation) {
    String expanded = lowerLiterals(expand(template));
    Pattern pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + expanded + ")(?![\\p{L}\\p{N}])");
    rules.add(new TimeRule(name, pattern, words, interpretation));
    return this;
  }

  List<TimeRule> rules() {
    return List.copyOf(rules);
  }

  TimeWords words() {
    return words;
  }

  private String expand(String template) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    Map<String, Integer> uses = new java.util.HashMap<>();
    while (matcher.find()) {
      String name = matcher.group(1);
      String replacement = placeholders.get(name);
      if (replacement == null) {
        throw new IllegalArgumentException("unknown placeholder {" + name + "} in " + template);
      }
      int use = uses.merge(name, 1, Integer::sum);
      if (use > 1) {
        replacement = replacement.replace("(?<" + name + ">", "(?<" + name + use + ">");
      }
      matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /**
   * The pattern with its literal letters in lower case, as rules match the lower-cased text; escapes
   * ({@code \\S}, {@code \\p{Lu}}) and group names are kept as they are.
   */
  static String lowerLiterals(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length());
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\\' && i + 1 < pattern.length()) {
        char next = pattern.charAt(i + 1);
        out.append(c).append(next);
        i++;
        if ((next == 'p' || next == 'P') && i + 1 < pattern.length() && pattern.charAt(i + 1) == '{') {
          int close = pattern.indexOf('}', i);
          out.append(pattern, i + 1, close + 1);
          i = close;
        }
      } else if (c == '(' && pattern.startsWith("(?<", i) && i + 3 < pattern.length()
          && Character.isLetter(pattern.charAt(i + 3))) {
        int close = pattern.indexOf('>', i);
        out.append(pattern, i, close + 1);
        i = close;
      } else {
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  private static String group(String name, String alternation) {
    return "(?<" + name + ">" + alternation + ")";
  }
}
