package org.vigie.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.vigie.model.Article;
import org.vigie.model.CountryScore;
import org.vigie.model.EntityType;
import org.vigie.model.Mention;
import org.vigie.model.Place;
import org.vigie.model.Span;
import org.vigie.model.SpanTarget;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * The places stage: finds the place names of an article (the recogniser's LOC mentions when there
 * are any, and the gazetteer finder's names around them, which adds the demonyms and what the
 * recogniser missed), resolves them with the article's evidence, ranks the countries the
 * article is about and picks its focus place. Thread-safe.
 */
public final class PlaceStage implements Stage<Article, Article> {
  private final Gazetteer gazetteer;
  private final PlaceFinder finder;
  private final PlaceResolver resolver;
  private final OutletNames outletNames;
  private final Optional<OutletHomes> homes;

  /** Without outlet homes: each article is resolved on its own evidence. */
  public PlaceStage(Gazetteer gazetteer) {
    this(gazetteer, Optional.empty());
  }

  /**
   * @param homes the outlets' home towns, learnt from the articles this stage resolves and used for
   *     the next ones of the same outlet: state across articles that the caller owns, as the entity
   *     registry is (kept in memory for the run, not saved)
   */
  public PlaceStage(Gazetteer gazetteer, Optional<OutletHomes> homes) {
    this.gazetteer = gazetteer;
    this.finder = new PlaceFinder(gazetteer);
    this.resolver = new PlaceResolver(gazetteer);
    this.outletNames = new OutletNames(gazetteer);
    this.homes = homes;
  }

  @Override
  public String name() {
    return "places";
  }

  @Override
  public Outcome<Article> apply(Article article) {
    List<ArticleGeography.Located> located = locate(article);
    List<Place> places = located.stream().map(ArticleGeography.Located::place).toList();
    List<CountryScore> countries = ArticleGeography.countries(located);
    Optional<Place> focus = ArticleGeography.focus(located, countries);
    return Outcome.done(article.withAnnotations(article.annotations().withPlaces(places, countries, focus)));
  }

  /** The article's places, resolved, in text order. */
  public List<ArticleGeography.Located> locate(Article article) {
    TextSource texts = TextSource.of(article);
    List<Toponym> toponyms = toponyms(article, texts);
    List<ArticleGeography.Located> located = new ArrayList<>();
    Optional<String> outlet = OutletHomes.outlet(article.url());
    List<PlaceResolver.Resolved> resolved = resolver.resolve(toponyms, texts, OutletCountry.of(article.url()),
        homes.flatMap(h -> h.home(outlet)), outletNames.of(outlet), article.language());
    homes.ifPresent(h -> h.learn(outlet, resolved.stream().map(PlaceResolver.Resolved::entry).toList()));
    for (PlaceResolver.Resolved r : resolved) {
      Toponym t = r.toponym();
      GazetteerEntry e = r.entry();
      boolean metonymy = !r.demonym() && Metonymy.standsForGovernment(texts.text(t.in(), t.index()), t.start(), t.end(), e);
      Place place = new Place(t.text(), e.geonameId(), e.name(), e.country(), e.lat(), e.lon(), metonymy,
          new Span(t.in(), t.index(), t.start(), t.end()));
      located.add(new ArticleGeography.Located(place, e.kind(), r.demonym()));
    }
    return located;
  }

  /**
   * The place names of an article: the recogniser's first, then the finder's that overlap neither
   * them nor a person or acronym organisation the recogniser found ("Jackson said", "Paris Hilton", "l'ONU").
   */
  List<Toponym> toponyms(Article article, TextSource texts) {
    List<Toponym> all = new ArrayList<>();
    List<Span> notPlaces = article.annotations().mentions().stream().filter(PlaceStage::namesNoPlace)
        .map(Mention::span).toList();
    for (Mention mention : article.annotations().mentions()) {
      if (mention.type() == EntityType.LOC || mention.type() == EntityType.MISC) {
        String key = NameKey.fold(mention.text());
        List<NameHit> hits = key == null ? List.of() : gazetteer.lookup(key);
        if (mention.type() == EntityType.MISC) {
          hits = hits.stream().filter(NameHit::demonym).toList();
        }
        if (!hits.isEmpty()) {
          Span s = mention.span();
          all.add(new Toponym(s.in(), s.index(), s.start(), s.end(), mention.text(), hits, false, true));
        }
      }
    }
    List<Toponym> recognised = List.copyOf(all);
    addFound(all, recognised, notPlaces, finder.find(article.title(), SpanTarget.TITLE, 0));
    for (int i = 0; i < article.body().size(); i++) {
      addFound(all, recognised, notPlaces, finder.find(article.body().get(i).text(), SpanTarget.BODY, i));
    }
    for (int i = 0; i < article.captions().size(); i++) {
      addFound(all, recognised, notPlaces, finder.find(article.captions().get(i).text(), SpanTarget.CAPTION, i));
    }
    all.sort(Comparator.comparing(Toponym::in).thenComparingInt(Toponym::index).thenComparingInt(Toponym::start));
    return all;
  }

  /**
   * A person, or an organisation written as an acronym ("ONU", "NATO"): the finder's reading of
   * those words as a town (ONU → Auneau) is wrong. Other organisation names keep their places,
   * since a demonym inside them ("ministère turc de la Défense") is evidence of a country.
   */
  private static boolean namesNoPlace(Mention mention) {
    return mention.type() == EntityType.PER
        || (mention.type() == EntityType.ORG && mention.text().length() >= 2 && mention.text().length() <= 6
            && mention.text().chars().allMatch(Character::isUpperCase));
  }

  private static void addFound(List<Toponym> all, List<Toponym> recognised, List<Span> notPlaces,
      List<Toponym> found) {
    for (Toponym t : found) {
      if (recognised.stream().noneMatch(t::overlaps) && notPlaces.stream().noneMatch(p -> p.in() == t.in()
          && p.index() == t.index() && p.start() < t.end() && t.start() < p.end())) {
        all.add(t);
      }
    }
  }

}
