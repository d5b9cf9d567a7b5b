package org.vigie.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.vigie.model.Article;
import org.vigie.model.Caption;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * The entities stage: reads the names of an article's title, body blocks and captions ({@link
 * DocumentNames}), groups them into entities ({@link EntityClusters}) with their roles ({@link
 * RoleFinder}), and records mentions with their spans and entities with their variants and roles.
 * Entity ids are the article's own ({@link NameKeys#id}); {@link EntityLinker} then maps them to
 * the registry's. An article in a language without a model passes unchanged, without mentions.
 * Per-document, thread-safe when the recogniser is.
 */
public final class EntityRecognition implements Stage<Article, Article> {
  private final DocumentNames names;
  private final TextTokenizer tokenizer = new TextTokenizer();

  public EntityRecognition(NameRecognizer recognizer) {
    this(new DocumentNames(recognizer));
  }

  public EntityRecognition(DocumentNames names) {
    this.names = names;
  }

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public Outcome<Article> apply(Article article) {
    Optional<String> language = article.language();
    if (language.isEmpty() || !names.handles(language.get())) {
      return Outcome.done(article);
    }
    Reading reading = read(article, language.get());
    return Outcome.done(article.withAnnotations(
        article.annotations().withMentions(reading.mentions()).withEntities(reading.entities())));
  }

  /** What the article says of names: its mentions and its entities. */
  public record Reading(List<Mention> mentions, List<Entity> entities) {}

  /** One sentence's place in the article: the text it is from and each token's offsets there. */
  private record Located(SpanTarget in, int index, String text, List<TextTokenizer.Token> tokens) {}

  public Reading read(Article article, String language) {
    List<Located> located = new ArrayList<>();
    add(located, SpanTarget.TITLE, 0, article.title());
    for (int b = 0; b < article.body().size(); b++) {
      add(located, SpanTarget.BODY, b, article.body().get(b).text());
    }
    List<Caption> captions = article.captions();
    for (int c = 0; c < captions.size(); c++) {
      add(located, SpanTarget.CAPTION, c, captions.get(c).text());
    }
    TokenDocument document = new TokenDocument(language,
        located.stream().map(l -> TextTokenizer.toSentence(l.tokens())).toList());
    List<Name> found = names.read(document);
    Map<Integer, List<RoleFinder.RoleSpan>> roles = names.roleFinder().find(document, found);
    int[] cluster = EntityClusters.of(document, found, names.lexicon());
    return build(located, found, roles, cluster);
  }

  private void add(List<Located> located, SpanTarget in, int index, String text) {
    for (List<TextTokenizer.Token> sentence : tokenizer.sentences(text)) {
      located.add(new Located(in, index, text, sentence));
    }
  }

  private static Reading build(List<Located> located, List<Name> found,
      Map<Integer, List<RoleFinder.RoleSpan>> roles, int[] cluster) {
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) {
      members.computeIfAbsent(cluster[i], k -> new ArrayList<>()).add(i);
    }
    Map<Integer, String> ids = new LinkedHashMap<>();
    List<Entity> entities = new ArrayList<>();
    for (List<Integer> group : members.values()) {
      Name canonical = group.stream().map(found::get)
          .max(Comparator.comparingInt(Name::length).thenComparing(n -> -n.sentence())).orElseThrow();
      String name = text(located, canonical);
      EntityType type = type(found, group, canonical);
      String id = NameKeys.id(type, name);
      Set<String> variants = new LinkedHashSet<>();
      List<Role> entityRoles = new ArrayList<>();
      Set<String> roleTexts = new LinkedHashSet<>();
      for (int i : group) {
        variants.add(text(located, found.get(i)));
        ids.put(i, id);
        for (RoleFinder.RoleSpan role : roles.getOrDefault(i, List.of())) {
          Located l = located.get(role.sentence());
          Span span = span(l, role.start(), role.end());
          String roleText = l.text().substring(span.start(), span.end());
          if (!role.honorific() && roleTexts.add(roleText)) {
            entityRoles.add(new Role(roleText, role.country(), span));
          }
        }
      }
      variants.remove(name);
      entities.add(new Entity(id, name, type, List.copyOf(variants), entityRoles));
    }
    Map<String, EntityType> types = new HashMap<>();
    entities.forEach(e -> types.put(e.id(), e.type()));
    List<Mention> mentions = new ArrayList<>(found.size());
    for (int i = 0; i < found.size(); i++) {
      Name n = found.get(i);
      String id = ids.get(i);
      mentions.add(new Mention(text(located, n), types.getOrDefault(id, n.type()), Optional.of(id),
          span(located.get(n.sentence()), n.start(), n.end())));
    }
    return new Reading(mentions, entities);
  }

  /** The canonical name's type, unless most of the entity's mentions say otherwise. */
  private static EntityType type(List<Name> found, List<Integer> group, Name canonical) {
    Map<EntityType, Integer> votes = new EnumMap<>(EntityType.class);
    for (int i : group) {
      votes.merge(found.get(i).type(), 1, Integer::sum);
    }
    EntityType best = canonical.type();
    for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
      if (vote.getValue() * 2 > group.size()) {
        best = vote.getKey();
      }
    }
    return best;
  }

  private static String text(List<Located> located, Name name) {
    Located l = located.get(name.sentence());
    return l.text().substring(l.tokens().get(name.start()).start(), l.tokens().get(name.end() - 1).end());
  }

  private static Span span(Located l, int start, int end) {
    return new Span(l.in(), l.index(), l.tokens().get(start).start(), l.tokens().get(end - 1).end());
  }
}
