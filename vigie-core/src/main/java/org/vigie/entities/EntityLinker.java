package org.vigie.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.vigie.model.Article;
import org.vigie.model.Entity;
import org.vigie.model.Mention;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * Gives an article's entities the registry's identities ({@link EntityRegistry}): the id and the
 * canonical name known across articles and languages, the article's own forms as variants, the
 * article's roles. A cross-document stage: it owns the registry, which the caller saves when its
 * run ends ({@link EntityRegistry#save}). Thread-safe.
 */
public final class EntityLinker implements Stage<Article, Article> {
  private final EntityRegistry registry;

  public EntityLinker(EntityRegistry registry) {
    this.registry = registry;
  }

  @Override
  public String name() {
    return "entity-registry";
  }

  @Override
  public Outcome<Article> apply(Article article) {
    List<Entity> local = article.annotations().entities();
    if (local.isEmpty()) {
      return Outcome.done(article);
    }
    Map<String, String> ids = new HashMap<>();
    List<Entity> linked = local.stream().map(entity -> {
      Entity known = registry.link(entity);
      ids.put(entity.id(), known.id());
      List<String> variants = new ArrayList<>(entity.variants());
      if (!known.name().equals(entity.name()) && !variants.contains(entity.name())) {
        variants.addFirst(entity.name());
      }
      variants.remove(known.name());
      return new Entity(known.id(), known.name(), entity.type(), variants, entity.roles());
    }).toList();
    List<Mention> mentions = article.annotations().mentions().stream()
        .map(m -> new Mention(m.text(), m.type(), m.entity().map(id -> ids.getOrDefault(id, id)), m.span()))
        .toList();
    return Outcome.done(article.withAnnotations(article.annotations().withMentions(mentions).withEntities(linked)));
  }
}
