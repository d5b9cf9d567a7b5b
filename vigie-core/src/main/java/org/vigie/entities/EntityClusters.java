package org.vigie.entities;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vigie.model.EntityType;

/**
 * Which names of a document are one entity: the same name (case and accents aside), a surname and
 * the one full name it ends ({@link ShortForms}), an acronym and its expansion ({@link Acronyms}).
 * Union-find over the names.
 */
final class EntityClusters {
  private final int[] parent;

  private EntityClusters(int size) {
    parent = new int[size];
    for (int i = 0; i < size; i++) {
      parent[i] = i;
    }
  }

  /** For each name, the index of the name that stands for its entity (the same for all of one entity). */
  static int[] of(TokenDocument document, List<Name> names, Lexicon lexicon) {
    EntityClusters clusters = new EntityClusters(names.size());
    Map<String, Integer> byText = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      String key = names.get(i).type() + "|" + NameKeys.key(document.text(names.get(i)));
      Integer first = byText.putIfAbsent(key, i);
      if (first != null) {
        clusters.union(first, i);
      }
    }
    clusters.joinShortForms(document, names, lexicon);
    clusters.joinAcronyms(document, names, lexicon);
    int[] representative = new int[names.size()];
    for (int i = 0; i < names.size(); i++) {
      representative[i] = clusters.find(i);
    }
    return representative;
  }

  private void joinShortForms(TokenDocument document, List<Name> names, Lexicon lexicon) {
    Map<String, Set<Integer>> fullBySurname = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Name name = names.get(i);
      if (name.type() == EntityType.PER && name.length() >= 2) {
        fullBySurname.computeIfAbsent(NameKeys.surname(NameKeys.key(document.text(name))), k -> new HashSet<>())
            .add(find(i));
      }
    }
    for (int i = 0; i < names.size(); i++) {
      Name name = names.get(i);
      if (name.type() != EntityType.PER || name.length() > 2) {
        continue;
      }
      String key = NameKeys.key(document.text(name));
      Set<Integer> full = fullBySurname.get(NameKeys.surname(key));
      if (full != null && full.size() == 1 && (name.length() == 1 || !key.contains(" ")
          || lexicon.is(Lexicon.Kind.PARTICLE, document.language(), document.token(name.sentence(), name.start())))) {
        union(full.iterator().next(), i);
      }
    }
  }

  private void joinAcronyms(TokenDocument document, List<Name> names, Lexicon lexicon) {
    Acronyms acronyms = new Acronyms(lexicon);
    Map<String, Integer> byAcronym = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      Name name = names.get(i);
      String text = document.text(name);
      if (name.length() == 1 && Acronyms.isAcronym(text)) {
        byAcronym.putIfAbsent(text, i);
      }
    }
    for (Acronyms.Definition definition : acronyms.definitions(document, names)) {
      Integer acronym = byAcronym.get(definition.acronym());
      for (int i = 0; acronym != null && i < names.size(); i++) {
        Name name = names.get(i);
        if (name.sentence() == definition.sentence() && name.start() == definition.start()
            && name.end() == definition.end()) {
          union(acronym, i);
        }
      }
    }
    // Without a parenthesis: a multi-word name whose initials spell an acronym of the document.
    for (int i = 0; i < names.size(); i++) {
      Name name = names.get(i);
      if (name.length() >= 2 && name.type() != EntityType.PER) {
        Integer acronym = byAcronym.get(acronyms.initials(document, name).toUpperCase(java.util.Locale.ROOT));
        if (acronym != null && names.get(acronym).type() == name.type()) {
          union(acronym, i);
        }
      }
    }
  }

  private int find(int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private void union(int a, int b) {
    int ra = find(a);
    int rb = find(b);
    if (ra != rb) {
      parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
  }
}
