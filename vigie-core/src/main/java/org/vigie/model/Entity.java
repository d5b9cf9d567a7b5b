package org.vigie.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or other named thing the article speaks of, with every form of its name
 * the article uses and the roles it gives it.
 *
 * @param id stable across articles (the entity registry's id)
 * @param name the canonical name ("Khalifa Haftar")
 * @param variants other forms used ("maréchal Haftar", "Haftar")
 */
public record Entity(String id, String name, EntityType type, List<String> variants, List<Role> roles) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    variants = List.copyOf(variants);
    roles = List.copyOf(roles);
  }
}
