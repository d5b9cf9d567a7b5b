package org.vigie.entities;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;

/**
 * The entities Vigie knows across articles and languages: a stable id, a canonical name, the name
 * forms seen. An article's entity is matched by any of its forms' keys ({@link NameKeys#key}:
 * "Çavuşoğlu" = "Cavusoglu", "al-Sarraj" = "Sarraj"), else by the skeleton of its full name
 * ("Fayez al-Serraj" = "Fayez al-Sarraj"; persons only, since "ministre" and "ministère" share
 * one), else, for a surname alone, by the one known person with that surname; an acronym is one of
 * its organisation's forms, so "GNA" joins the French and the English expansion. An unmatched
 * entity is added under the id its own name gives ({@link NameKeys#id}), so the same name gets the
 * same id in every run and every process.
 *
 * <p>Kept in one JSON Lines file of the data directory ({@code entities.jsonl}), written whole by
 * {@link #save} (to a temporary file, then moved over the old one). Thread-safe.
 */
public final class EntityRegistry {
  public static final String FILE = "entities.jsonl";

  private final Optional<Path> file;
  private final Map<String, Known> byId = new LinkedHashMap<>();
  private final Map<String, Set<String>> byKey = new HashMap<>();
  private final Map<String, Set<String>> bySkeleton = new HashMap<>();
  private final Map<String, Set<String>> bySurname = new HashMap<>();
  private boolean changed;

  /** One known entity. */
  private static final class Known {
    final String id;
    String name;
    final EntityType type;
    final Set<String> forms = new LinkedHashSet<>();

    Known(String id, String name, EntityType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    Entity toEntity() {
      List<String> variants = new ArrayList<>(forms);
      variants.remove(name);
      return new Entity(id, name, type, variants, List.of());
    }
  }

  private EntityRegistry(Optional<Path> file) {
    this.file = file;
  }

  /** A registry kept in memory only (tests, benchmarks). */
  public static EntityRegistry inMemory() {
    return new EntityRegistry(Optional.empty());
  }

  /** The registry of a data directory, read from its file if there is one. */
  public static EntityRegistry open(Path dataDirectory) throws IOException {
    EntityRegistry registry = new EntityRegistry(Optional.of(dataDirectory.resolve(FILE)));
    Path path = dataDirectory.resolve(FILE);
    if (Files.exists(path)) {
      ObjectMapper mapper = new ObjectMapper();
      for (String line : Files.readAllLines(path, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        JsonNode node = mapper.readTree(line);
        Known known = new Known(node.path("id").asText(), node.path("name").asText(),
            EntityType.valueOf(node.path("type").asText()));
        registry.byId.put(known.id, known);
        registry.addForm(known, known.name);
        node.path("variants").forEach(v -> registry.addForm(known, v.asText()));
      }
    }
    return registry;
  }

  /**
   * The registry's entity for an article's entity, added or enriched with the article's forms:
   * its id and canonical name, and every form known of it.
   */
  public synchronized Entity link(Entity local) {
    Known known = match(local).orElseGet(() -> add(local));
    if (local.type() == EntityType.PER && NameKeys.key(local.name()).split(" ").length
        > NameKeys.key(known.name).split(" ").length) {
      known.name = local.name(); // "Akar" was known alone; "Hulusi Akar" names him better
      changed = true;
    }
    addForm(known, local.name());
    local.variants().forEach(v -> addForm(known, v));
    return known.toEntity();
  }

  /** Every known entity, in the order they were first seen. */
  public synchronized List<Entity> entities() {
    return byId.values().stream().map(Known::toEntity).toList();
  }

  private Optional<Known> match(Entity local) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(local.name());
    forms.addAll(local.variants());
    for (String form : forms) {
      Optional<Known> found = unique(byKey.get(typed(local.type(), NameKeys.key(form))));
      if (found.isPresent()) {
        return found;
      }
    }
    String key = NameKeys.key(local.name());
    if (key.contains(" ") && local.type() == EntityType.PER) {
      Optional<Known> found = unique(bySkeleton.get(typed(local.type(), NameKeys.skeleton(key))));
      if (found.isPresent()) {
        return found;
      }
    }
    if (local.type() == EntityType.PER && !key.contains(" ")) {
      return unique(bySurname.get(key));
    }
    return Optional.empty();
  }

  private Optional<Known> unique(Set<String> ids) {
    return ids == null || ids.size() != 1 ? Optional.empty() : Optional.of(byId.get(ids.iterator().next()));
  }

  private Known add(Entity local) {
    String id = NameKeys.id(local.type(), local.name());
    String unique = id;
    for (int n = 2; byId.containsKey(unique); n++) {
      unique = id + "-" + n;
    }
    Known known = new Known(unique, local.name(), local.type());
    byId.put(unique, known);
    changed = true;
    return known;
  }

  private void addForm(Known known, String form) {
    if (!known.forms.add(form)) {
      return;
    }
    changed = true;
    String key = NameKeys.key(form);
    byKey.computeIfAbsent(typed(known.type, key), k -> new HashSet<>()).add(known.id);
    if (key.contains(" ") && known.type == EntityType.PER) {
      bySkeleton.computeIfAbsent(typed(known.type, NameKeys.skeleton(key)), k -> new HashSet<>()).add(known.id);
      bySurname.computeIfAbsent(NameKeys.surname(key), k -> new HashSet<>()).add(known.id);
    }
  }

  private static String typed(EntityType type, String key) {
    return type.name() + "|" + key;
  }

  /** Writes the registry to its file if it changed since it was read or last saved. */
  public synchronized void save() throws IOException {
    if (file.isEmpty() || !changed) {
      return;
    }
    Path target = file.get();
    Files.createDirectories(target.getParent());
    Path temp = target.resolveSibling(FILE + ".tmp");
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedWriter writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
      for (Known known : byId.values()) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", known.id);
        node.put("name", known.name);
        node.put("type", known.type.name());
        ArrayNode variants = node.putArray("variants");
        known.forms.stream().filter(f -> !f.equals(known.name)).forEach(variants::add);
        writer.write(mapper.writeValueAsString(node));
        writer.write('\n');
      }
    }
    Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    changed = false;
  }
}
