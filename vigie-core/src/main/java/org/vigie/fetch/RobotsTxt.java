package org.vigie.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A parsed robots.txt (RFC 9309, Robots Exclusion Protocol). The group for the most specific
 * matching user-agent token applies, else the {@code *} group; within it the longest matching
 * rule wins and Allow wins a tie; {@code *} matches any run of characters and a final {@code $}
 * anchors the end. Crawl-delay, not in the RFC but widely used, is honoured.
 */
public final class RobotsTxt {
  private record Rule(String pattern, boolean allow) {}

  private record Group(List<String> agents, List<Rule> rules, Optional<Duration> crawlDelay) {}

  private static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
  private static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(
      new Group(List.of("*"), List.of(new Rule("/", false)), Optional.empty())));
  private static final int MAX_BYTES = 500 * 1024;

  private final List<Group> groups;

  private RobotsTxt(List<Group> groups) {
    this.groups = groups;
  }

  /** No robots.txt (404 and other 4xx): everything may be fetched, as RFC 9309 section 2.3.1.3 says. */
  public static RobotsTxt allowAll() {
    return ALLOW_ALL;
  }

  /** robots.txt unreachable (5xx, network error): assume complete disallow, RFC 9309 section 2.3.1.4. */
  public static RobotsTxt disallowAll() {
    return DISALLOW_ALL;
  }

  public static RobotsTxt parse(String text) {
    String content = text.length() > MAX_BYTES ? text.substring(0, MAX_BYTES) : text;
    List<Group> groups = new ArrayList<>();
    List<String> agents = new ArrayList<>();
    List<Rule> rules = new ArrayList<>();
    Optional<Duration> delay = Optional.empty();
    boolean inRules = false;
    for (String rawLine : content.split("\r\n|\r|\n")) {
      String line = rawLine;
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      int colon = line.indexOf(':');
      if (colon < 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      switch (key) {
        case "user-agent" -> {
          if (inRules) {
            groups.add(new Group(List.copyOf(agents), List.copyOf(rules), delay));
            agents.clear();
            rules.clear();
            delay = Optional.empty();
            inRules = false;
          }
          agents.add(value.toLowerCase(Locale.ROOT));
        }
        case "allow", "disallow" -> {
          inRules = true;
          if (!agents.isEmpty() && !(key.equals("disallow") && value.isEmpty())) {
            rules.add(new Rule(value, key.equals("allow")));
          }
        }
        case "crawl-delay" -> {
          inRules = true;
          try {
            double seconds = Double.parseDouble(value);
            if (seconds >= 0 && seconds <= 3600) {
              delay = Optional.of(Duration.ofMillis((long) (seconds * 1000)));
            }
          } catch (NumberFormatException e) {
            // An unreadable delay is ignored, as crawlers do.
          }
        }
        default -> { }
      }
    }
    if (!agents.isEmpty()) {
      groups.add(new Group(List.copyOf(agents), List.copyOf(rules), delay));
    }
    return new RobotsTxt(groups);
  }

  /** Whether the path (with its query) may be fetched by the given product token ("vigie"). */
  public boolean allows(String productToken, String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Optional<Group> group = groupFor(productToken);
    if (group.isEmpty()) {
      return true;
    }
    Rule best = null;
    for (Rule rule : group.get().rules()) {
      if (matches(rule.pattern(), path)) {
        if (best == null || rule.pattern().length() > best.pattern().length()
            || (rule.pattern().length() == best.pattern().length() && rule.allow())) {
          best = rule;
        }
      }
    }
    return best == null || best.allow();
  }

  public Optional<Duration> crawlDelay(String productToken) {
    return groupFor(productToken).flatMap(Group::crawlDelay);
  }

  private Optional<Group> groupFor(String productToken) {
    String token = productToken.toLowerCase(Locale.ROOT);
    Group wildcard = null;
    Group specific = null;
    int specificLength = -1;
    for (Group group : groups) {
      for (String agent : group.agents()) {
        if (agent.equals("*")) {
          wildcard = wildcard == null ? group : merge(wildcard, group);
        } else if (token.startsWith(agent) && agent.length() > specificLength) {
          specific = group;
          specificLength = agent.length();
        }
      }
    }
    return Optional.ofNullable(specific != null ? specific : wildcard);
  }

  private static Group merge(Group a, Group b) {
    List<Rule> rules = new ArrayList<>(a.rules());
    rules.addAll(b.rules());
    return new Group(a.agents(), rules, a.crawlDelay().or(b::crawlDelay));
  }

  /** Pattern matching with {@code *} and a final {@code $}, iterative so a hostile pattern cannot blow the stack. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    int pi = 0;
    int si = 0;
    int star = -1;
    int mark = 0;
    while (si < path.length()) {
      if (pi < p.length() && p.charAt(pi) == '*') {
        star = pi++;
        mark = si;
      } else if (pi < p.length() && p.charAt(pi) == path.charAt(si)) {
        pi++;
        si++;
      } else if (pi >= p.length() && !anchored) {
        return true;
      } else if (star >= 0) {
        pi = star + 1;
        si = ++mark;
      } else {
        return false;
      }
    }
    while (pi < p.length() && p.charAt(pi) == '*') {
      pi++;
    }
    return pi >= p.length();
  }
}
