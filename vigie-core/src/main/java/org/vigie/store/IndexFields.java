package org.vigie.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.vigie.json.ArticleJson;
import org.vigie.model.Annotations;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.CountryScore;
import org.vigie.model.Entity;
import org.vigie.model.EntityType;
import org.vigie.model.Event;
import org.vigie.model.Grouping;
import org.vigie.model.Place;
import org.vigie.model.Quote;
import org.vigie.model.TimeExpression;

/**
 * Every index field of an article, in one place: the texts (language-neutral and stemmed), the
 * metadata, and the fields derived from the annotations and the grouping that the understanding
 * stages fill (people, organisations, places, countries, dates mentioned, quotes' speakers, event types,
 * story).
 * A field appears as soon as its stage sets its part of the article; nothing here knows the stages.
 */
final class IndexFields {
  static final String KIND = "kind";
  static final String ARTICLE = "article";
  static final String ID = "id";
  static final String LOCATION = "location";
  /** Hash of everything stored about an article but where it was read from (see {@link #recordHash}). */
  static final String HASH = "recordHash";
  static final String RECORD = "record";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_SORT = "published_sort";
  /** The same seconds with undated articles at the far end, so that "oldest first" lists them last. */
  static final String PUBLISHED_OLDEST = "published_oldest";
  static final String LANGUAGE = "lang";
  static final String TITLE = "title";
  static final String BODY = "body";
  static final String CAPTIONS = "captions";
  static final String SECTION = "section";
  /** Outlet name and the URL's host, analysed, so that "source:monde" and "source:lemonde.fr" both match. */
  static final String SOURCE = "source";
  static final String PERSON = "person";
  static final String ORGANISATION = "org";
  /** Names of entities of any type, for "entity name" queries that do not care about the type. */
  static final String NAME = "name";
  static final String PLACE = "place";
  static final String COUNTRY = "country";
  static final String ENTITY = "entity";
  static final String SPEAKER = "speaker";
  static final String STORY = "story";
  static final String DUPLICATE_OF = "duplicateOf";
  /** Dates the text mentions, as keys for the year, the month and the day ("2020", "2020-07", "2020-07-03"). */
  static final String MENTIONED = "mentioned";
  /**
   * The events the text reports as happened or to happen (not those it denies), each as its type
   * ("visit"), its CAMEO root's name ("consult") and code ("04"), so that "event:fight" finds every
   * clash, offensive and air strike.
   */
  static final String EVENT = "event";

  /** Facet dimensions, counted from sorted-set doc values. */
  static final String FACET_COUNTRY = "country";
  static final String FACET_PERSON = "person";
  static final String FACET_ORGANISATION = "org";
  static final String FACET_PLACE = "place";
  static final String FACET_OUTLET = "outlet";
  static final String FACET_LANGUAGE = "language";
  static final String FACET_STORY = "story";
  static final String FACET_DAY = "day";
  /** The CAMEO roots of the events an article reports ("consult", "fight"). */
  static final String FACET_EVENT = "event";
  /** Separates an id from its name in a facet label ("Q123\tKhalifa Haftar"): ids link, names read. */
  static final char LABEL_SEPARATOR = '\t';

  static final FacetsConfig FACETS = facetsConfig();

  private IndexFields() {}

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    for (String dim : new String[] {FACET_COUNTRY, FACET_PERSON, FACET_ORGANISATION, FACET_PLACE, FACET_EVENT}) {
      config.setMultiValued(dim, true);
    }
    return config;
  }

  /** The Lucene document of an article: search fields, facets and the stored record. */
  static Document document(Article article) {
    Document doc = new Document();
    doc.add(new StringField(KIND, ARTICLE, Field.Store.YES));
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StringField(HASH, recordHash(article), Field.Store.YES));
    doc.add(new StringField(LOCATION, article.location(), Field.Store.NO));
    addTexts(doc, article);
    addMetadata(doc, article);
    addAnnotations(doc, article.annotations());
    addGrouping(doc, article.grouping());
    doc.add(new StoredField(RECORD, ArticleJson.write(article)));
    try {
      return FACETS.build(doc);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("facets without a taxonomy never do I/O", e);
    }
  }

  private static void addTexts(Document doc, Article article) {
    String body = bodyText(article);
    doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
    // Not stored: the record holds the text, and snippets are cut from it (one stored block read per hit).
    doc.add(new TextField(BODY, body, Field.Store.NO));
    article.language().filter(Analyzers::hasStemmer).ifPresent(lang -> {
      doc.add(new TextField(TITLE + "_" + lang, article.title(), Field.Store.NO));
      doc.add(new TextField(BODY + "_" + lang, body, Field.Store.NO));
    });
    article.section().ifPresent(s -> doc.add(new TextField(SECTION, s, Field.Store.NO)));
    for (Caption caption : article.captions()) {
      doc.add(new TextField(CAPTIONS, caption.text(), Field.Store.NO));
    }
  }

  private static void addMetadata(Document doc, Article article) {
    String language = article.language().orElse("und");
    doc.add(new StringField(LANGUAGE, language, Field.Store.NO));
    doc.add(new SortedSetDocValuesFacetField(FACET_LANGUAGE, language));
    Optional<String> outlet = article.outlet();
    outlet.ifPresent(name -> doc.add(new SortedSetDocValuesFacetField(FACET_OUTLET, Keywords.label(name))));
    article.source().ifPresent(s -> doc.add(new TextField(SOURCE, s, Field.Store.NO)));
    article.siteHost().ifPresent(h -> doc.add(new TextField(SOURCE, h, Field.Store.NO)));
    Optional<Long> published = article.published().flatMap(PublishedTimes::epochSecond);
    long seconds = published.orElse(Long.MIN_VALUE);
    doc.add(new NumericDocValuesField(PUBLISHED_SORT, seconds));
    doc.add(new NumericDocValuesField(PUBLISHED_OLDEST, published.orElse(Long.MAX_VALUE)));
    doc.add(new LongPoint(PUBLISHED, seconds));
    published.ifPresent(s -> doc.add(new SortedSetDocValuesFacetField(FACET_DAY,
        Instant.ofEpochSecond(s).atOffset(ZoneOffset.UTC).toLocalDate().toString())));
  }

  /** The body as the index reads it: blocks separated by blank lines. */
  static String bodyText(Article article) {
    return String.join("\n\n", article.body().stream().map(Block::text).toList());
  }

  private static void addAnnotations(Document doc, Annotations annotations) {
    Set<String> countries = new LinkedHashSet<>();
    for (CountryScore country : annotations.countries()) {
      countries.add(country.code().toUpperCase(Locale.ROOT));
    }
    Set<String> placeFacets = new LinkedHashSet<>();
    for (Place place : annotations.places()) {
      doc.add(new TextField(PLACE, place.name(), Field.Store.NO));
      if (!place.text().equals(place.name())) {
        doc.add(new TextField(PLACE, place.text(), Field.Store.NO));
      }
      if (!place.country().isBlank()) {
        countries.add(place.country().toUpperCase(Locale.ROOT));
      }
      placeFacets.add(place.geonameId() + "" + LABEL_SEPARATOR + Keywords.label(place.name()));
    }
    placeFacets.forEach(p -> doc.add(new SortedSetDocValuesFacetField(FACET_PLACE, p)));
    for (String country : countries) {
      doc.add(new StringField(COUNTRY, country, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_COUNTRY, country));
    }
    Set<String> entityIds = new LinkedHashSet<>();
    for (Entity entity : annotations.entities()) {
      if (!entityIds.add(entity.id())) {
        continue;
      }
      doc.add(new StringField(ENTITY, entity.id(), Field.Store.NO));
      String field = entity.type() == EntityType.PER ? PERSON : entity.type() == EntityType.ORG ? ORGANISATION : null;
      for (String name : names(entity)) {
        doc.add(new TextField(NAME, name, Field.Store.NO));
        if (field != null) {
          doc.add(new TextField(field, name, Field.Store.NO));
        }
      }
      if (field != null) {
        String dim = entity.type() == EntityType.PER ? FACET_PERSON : FACET_ORGANISATION;
        doc.add(new SortedSetDocValuesFacetField(dim, entity.id() + LABEL_SEPARATOR + Keywords.label(entity.name())));
      }
    }
    annotations.mentions().forEach(m -> m.entity().filter(entityIds::add)
        .ifPresent(id -> doc.add(new StringField(ENTITY, id, Field.Store.NO))));
    Set<String> speakers = new LinkedHashSet<>();
    for (Quote quote : annotations.quotes()) {
      quote.speaker().filter(speakers::add).ifPresent(s -> doc.add(new StringField(SPEAKER, s, Field.Store.NO)));
    }
    Set<String> mentioned = new LinkedHashSet<>();
    for (TimeExpression time : annotations.times()) {
      String value = time.value();
      // Keys for the year, month and day a date names, so that "mentioned:2020-07" finds "3 juillet 2020".
      if (value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?.*")) {
        mentioned.add(value.substring(0, 4));
        if (value.length() >= 7 && value.charAt(4) == '-') {
          mentioned.add(value.substring(0, 7));
        }
        if (value.length() >= 10 && value.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")) {
          mentioned.add(value.substring(0, 10));
        }
      }
    }
    mentioned.forEach(m -> doc.add(new StringField(MENTIONED, m, Field.Store.NO)));
    Set<String> eventKeys = new LinkedHashSet<>();
    Set<String> roots = new LinkedHashSet<>();
    for (Event event : annotations.events()) {
      if (event.factuality() != Event.Factuality.NEGATED) {
        eventKeys.add(event.type().toLowerCase(Locale.ROOT));
        eventKeys.add(event.root().label());
        eventKeys.add(event.root().code());
        roots.add(event.root().label());
      }
    }
    eventKeys.forEach(key -> doc.add(new StringField(EVENT, key, Field.Store.NO)));
    roots.forEach(root -> doc.add(new SortedSetDocValuesFacetField(FACET_EVENT, root)));
  }

  private static Set<String> names(Entity entity) {
    Set<String> names = new LinkedHashSet<>();
    names.add(entity.name());
    names.addAll(entity.variants());
    return names;
  }

  private static void addGrouping(Document doc, Grouping grouping) {
    grouping.story().ifPresent(story -> {
      doc.add(new StringField(STORY, story, Field.Store.NO));
      doc.add(new SortedSetDocValuesFacetField(FACET_STORY, Keywords.label(story)));
    });
    grouping.duplicateOf().ifPresent(d -> doc.add(new StringField(DUPLICATE_OF, d, Field.Store.NO)));
  }

  /**
   * What tells a changed article from the same one: its whole record (text, metadata, annotations,
   * grouping) except the location it was read from, so that a re-run with better stages updates the
   * stored article, while the same text read from a second file stays one unchanged article.
   */
  static String recordHash(org.vigie.model.Article article) {
    com.fasterxml.jackson.databind.node.ObjectNode tree = ArticleJson.toTree(article);
    tree.remove("location");
    return org.vigie.model.ArticleIds.sha256Hex(tree.toString());
  }
}
