package org.vigie.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A regular expression that matches any of a set of words, written as a trie ("qu(?:at(?:orze|re)|
 * inze)") rather than a flat alternation: java.util.regex tries alternatives one after the other,
 * so a trie rejects a position after one character instead of one comparison per word. Longer words
 * win over their prefixes, as in a flat alternation sorted longest first. Spaces match any run of
 * white space, hyphens a hyphen, a space or nothing, apostrophes either form.
 */
final class Alternation {
  private Alternation() {}

  private static final class Node {
    private final Map<Character, Node> children = new TreeMap<>();
    private boolean terminal;
  }

  static String of(Collection<String> words) {
    Node root = new Node();
    for (String word : words) {
      Node node = root;
      for (char c : word.toCharArray()) {
        node = node.children.computeIfAbsent(c == '’' ? '\'' : c, k -> new Node());
      }
      node.terminal = true;
    }
    String pattern = emit(root);
    return pattern.isEmpty() ? "(?!)" : pattern;
  }

  private static String emit(Node node) {
    List<String> alternatives = new ArrayList<>();
    for (Map.Entry<Character, Node> child : node.children.entrySet()) {
      alternatives.add(piece(child.getKey()) + emit(child.getValue()));
    }
    if (alternatives.isEmpty()) {
      return "";
    }
    String body = alternatives.size() == 1 ? alternatives.getFirst() : "(?:" + String.join("|", alternatives) + ")";
    return node.terminal ? "(?:" + body + ")?" : body;
  }

  private static String piece(char c) {
    if (Character.isWhitespace(c)) {
      return "\\s+";
    }
    return switch (c) {
      case '-' -> "[\\s\\-]?";
      case '\'' -> "['’]\\s*";
      case '.', '\\', '[', ']', '(', ')', '{', '}', '*', '+', '?', '^', '$', '|' -> "\\" + c;
      default -> String.valueOf(c);
    };
  }
}
