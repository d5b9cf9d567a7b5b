package org.vigie.spark;

import java.util.HashMap;
import java.util.Map;

/**
 * Groups of copies from pairs of copies, in memory (union-find with path halving): each group's
 * canonical article is its earliest, ties going to the smaller id, as the single-machine detector
 * chooses it. Used on the driver when the pairs of a job are few enough to hold there, which is the
 * usual case: only copies make pairs.
 */
final class CopyGroups {
  /** An article of a pair and when it was published (epoch seconds). */
  private record Node(String id, long time) implements Comparable<Node> {
    @Override
    public int compareTo(Node other) {
      return time != other.time ? Long.compare(time, other.time) : id.compareTo(other.id);
    }
  }

  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, String> parent = new HashMap<>();

  /** Records that the two articles are copies of one text. */
  void join(String a, long timeA, String b, long timeB) {
    String rootA = root(add(a, timeA));
    String rootB = root(add(b, timeB));
    if (!rootA.equals(rootB)) {
      // The earlier root becomes the root of both, so a group's root is always its canonical article.
      if (nodes.get(rootA).compareTo(nodes.get(rootB)) < 0) {
        parent.put(rootB, rootA);
      } else {
        parent.put(rootA, rootB);
      }
    }
  }

  /** Every article that copies another, with its group's canonical article. */
  Map<String, String> duplicateOf() {
    Map<String, String> result = new HashMap<>();
    for (String id : nodes.keySet()) {
      String root = root(id);
      if (!root.equals(id)) {
        result.put(id, root);
      }
    }
    return result;
  }

  private String add(String id, long time) {
    nodes.putIfAbsent(id, new Node(id, time));
    parent.putIfAbsent(id, id);
    return id;
  }

  private String root(String id) {
    String current = id;
    while (!parent.get(current).equals(current)) {
      String grandparent = parent.get(parent.get(current));
      parent.put(current, grandparent);
      current = grandparent;
    }
    return current;
  }
}
