package org.vigie.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.vigie.model.Annotations;
import org.vigie.model.CameoRoot;
import org.vigie.model.CountryScore;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.EventArgument;
import org.vigie.model.Grouping;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Quote;
import org.vigie.model.Role;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.model.TimeExpression;
import org.vigie.model.TimeType;

/**
 * The annotation fields of the article record (DESIGN.md section 7): mentions, entities, places,
 * countries, the focus place, times, quotes and events, each with its span {@code {"in", "index", "start", "end"}},
 * and the grouping fields duplicateOf and story.
 */
final class AnnotationsJson {
  private AnnotationsJson() {}

  static void write(ObjectNode node, Annotations annotations, Grouping grouping) {
    array(node, "mentions", annotations.mentions(), (m, o) -> {
      o.put("text", m.text());
      o.put("type", m.type().name());
      o.put("entity", m.entity().orElse(null));
      span(o, m.span());
    });
    array(node, "entities", annotations.entities(), (e, o) -> {
      o.put("id", e.id());
      o.put("name", e.name());
      o.put("type", e.type().name());
      ArrayNode variants = o.putArray("variants");
      e.variants().forEach(variants::add);
      ArrayNode roles = o.putArray("roles");
      for (Role role : e.roles()) {
        ObjectNode r = roles.addObject();
        r.put("text", role.text());
        r.put("country", role.country().orElse(null));
        span(r, role.span());
      }
    });
    array(node, "places", annotations.places(), AnnotationsJson::place);
    array(node, "countries", annotations.countries(), (c, o) -> {
      o.put("code", c.code());
      o.put("score", c.score());
    });
    annotations.focus().ifPresentOrElse(f -> place(f, node.putObject("focus")), () -> node.putNull("focus"));
    array(node, "times", annotations.times(), (t, o) -> {
      o.put("text", t.text());
      o.put("value", t.value());
      o.put("type", t.type().name());
      span(o, t.span());
    });
    array(node, "quotes", annotations.quotes(), (q, o) -> {
      o.put("text", q.text());
      o.put("speaker", q.speaker().orElse(null));
      o.put("cue", q.cue().orElse(null));
      o.put("direct", q.direct());
      span(o, q.span());
    });
    array(node, "events", annotations.events(), (e, o) -> {
      o.put("type", e.type());
      o.put("cameo", e.root().code());
      o.put("category", e.root().label());
      o.put("factuality", e.factuality().name().toLowerCase(Locale.ROOT));
      ArrayNode actors = o.putArray("actors");
      e.actors().forEach(actors::add);
      ArrayNode actorCountries = o.putArray("actorCountries");
      e.actorCountries().forEach(actorCountries::add);
      o.put("target", e.target().orElse(null));
      o.put("place", e.place().orElse(null));
      o.put("time", e.time().orElse(null));
      array(o, "evidence", e.evidence(), (a, ao) -> {
        ao.put("role", a.role().name().toLowerCase(Locale.ROOT));
        ao.put("text", a.text());
        ao.put("value", a.value());
        ao.put("country", a.country().orElse(null));
        span(ao, a.span());
      });
      span(o, e.span());
    });
    node.put("duplicateOf", grouping.duplicateOf().orElse(null));
    node.put("story", grouping.story().orElse(null));
  }

  static Annotations readAnnotations(JsonNode node) {
    return new Annotations(
        list(node, "mentions", m -> new Mention(m.path("text").asText(), EntityType.valueOf(m.path("type").asText()),
            text(m, "entity"), span(m))),
        list(node, "entities", e -> new Entity(e.path("id").asText(), e.path("name").asText(),
            EntityType.valueOf(e.path("type").asText()), strings(e.path("variants")),
            list(e, "roles", r -> new Role(r.path("text").asText(), text(r, "country"), span(r))))),
        list(node, "places", AnnotationsJson::readPlace),
        list(node, "countries", c -> new CountryScore(c.path("code").asText(), c.path("score").asDouble())),
        node.path("focus").isObject() ? Optional.of(readPlace(node.path("focus"))) : Optional.empty(),
        list(node, "times", t -> new TimeExpression(t.path("text").asText(), t.path("value").asText(),
            TimeType.valueOf(t.path("type").asText()), span(t))),
        list(node, "quotes", q -> new Quote(q.path("text").asText(), text(q, "speaker"), text(q, "cue"),
            q.path("direct").asBoolean(), span(q))),
        list(node, "events", AnnotationsJson::event));
  }

  /** An event; a record without the CAMEO fields (none was written before the events stage) reads as a statement. */
  private static Event event(JsonNode e) {
    CameoRoot root = CameoRoot.of(e.path("cameo").asText("")).orElse(CameoRoot.MAKE_PUBLIC_STATEMENT);
    Event.Factuality factuality = Event.Factuality.valueOf(
        e.path("factuality").asText("asserted").toUpperCase(Locale.ROOT));
    return new Event(e.path("type").asText(), root, factuality, strings(e.path("actors")),
        strings(e.path("actorCountries")), text(e, "target"), text(e, "place"), text(e, "time"),
        list(e, "evidence", a -> new EventArgument(
            EventArgument.Role.valueOf(a.path("role").asText("trigger").toUpperCase(Locale.ROOT)),
            a.path("text").asText(), a.path("value").asText(), text(a, "country"), span(a))),
        span(e));
  }

  static Grouping readGrouping(JsonNode node) {
    return new Grouping(text(node, "duplicateOf"), text(node, "story"));
  }

  private static void place(Place p, ObjectNode o) {
    o.put("text", p.text());
    o.put("geonameId", p.geonameId());
    o.put("name", p.name());
    o.put("country", p.country());
    o.put("lat", p.lat());
    o.put("lon", p.lon());
    o.put("metonymy", p.metonymy());
    span(o, p.span());
  }

  private static Place readPlace(JsonNode p) {
    return new Place(p.path("text").asText(), p.path("geonameId").asLong(), p.path("name").asText(),
        p.path("country").asText(), p.path("lat").asDouble(), p.path("lon").asDouble(), p.path("metonymy").asBoolean(),
        span(p));
  }

  private interface Writer<T> {
    void write(T value, ObjectNode node);
  }

  private static <T> void array(ObjectNode node, String field, List<T> values, Writer<T> writer) {
    ArrayNode array = node.putArray(field);
    for (T value : values) {
      writer.write(value, array.addObject());
    }
  }

  private static void span(ObjectNode node, Span span) {
    ObjectNode s = node.putObject("span");
    s.put("in", span.in().name().toLowerCase(Locale.ROOT));
    s.put("index", span.index());
    s.put("start", span.start());
    s.put("end", span.end());
  }

  private static Span span(JsonNode node) {
    JsonNode s = node.path("span");
    return new Span(SpanTarget.valueOf(s.path("in").asText("body").toUpperCase(Locale.ROOT)), s.path("index").asInt(),
        s.path("start").asInt(), s.path("end").asInt());
  }

  private static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> reader) {
    List<T> values = new ArrayList<>();
    for (JsonNode item : node.path(field)) {
      values.add(reader.apply(item));
    }
    return values;
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value.asText());
  }
}
