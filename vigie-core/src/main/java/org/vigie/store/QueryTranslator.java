package org.vigie.store;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Reads what users type into a Lucene query: words (ANDed), {@code "phrases"}, {@code AND OR NOT},
 * {@code +word -word}, parentheses, and field filters named for what they mean rather than for
 * index fields: {@code country:LY person:"Khalifa Haftar" org:ONU place:Tripoli lang:fr
 * source:AFP story:ID entity:ID speaker:ID after:2020-07-01 before:2020-08 date:2020-07
 * mentioned:2020-07-03 event:visit event:fight event:19 title:… body:… caption:… section:…}.
 * Classic Lucene syntax underneath, so wildcards ({@code Haft*}) and fuzzy terms work on text; an unknown field or a date that does not
 * parse is an error that says what is allowed.
 */
final class QueryTranslator {
  static final List<String> FIELDS = List.of("country", "person", "org", "place", "name", "lang", "source", "story",
      "entity", "speaker", "after", "before", "date", "mentioned", "event", "title", "body", "caption", "section");
  private static final String[] TEXT_FIELDS = {"title", "title_fr", "title_en", "body", "body_fr", "body_en",
      "captions", "section"};
  private static final Map<String, Float> BOOSTS = Map.of("title", 3f, "title_fr", 3f, "title_en", 3f,
      "section", 0.5f);
  /** What users may type, for the fields that are analysed text: each name maps to the index fields it searches. */
  private static final Map<String, String[]> TEXT_ALIASES = Map.ofEntries(
      Map.entry("person", new String[] {IndexFields.PERSON}),
      Map.entry("org", new String[] {IndexFields.ORGANISATION}),
      Map.entry("organisation", new String[] {IndexFields.ORGANISATION}),
      Map.entry("organization", new String[] {IndexFields.ORGANISATION}),
      Map.entry("place", new String[] {IndexFields.PLACE}),
      Map.entry("name", new String[] {IndexFields.NAME}),
      Map.entry("source", new String[] {IndexFields.SOURCE}),
      Map.entry("outlet", new String[] {IndexFields.SOURCE}),
      Map.entry("title", new String[] {"title", "title_fr", "title_en"}),
      Map.entry("body", new String[] {"body", "body_fr", "body_en"}),
      Map.entry("caption", new String[] {IndexFields.CAPTIONS}),
      Map.entry("section", new String[] {IndexFields.SECTION}));

  private final Analyzer analyzer;

  QueryTranslator(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The query for {@code text}; an empty text matches every article. */
  Query translate(String text) {
    Parser parser = new Parser(analyzer);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return matchAllUnlessPositive(parser.parse(text));
    } catch (ParseException e) {
      throw new InvalidQueryException("cannot read the query \"" + text + "\": " + firstLine(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("cannot read the query \"" + text + "\": " + e.getMessage(), e);
    }
  }

  /** "-country:LY" means every article but those: Lucene needs the "every article" said. */
  private static Query matchAllUnlessPositive(Query query) {
    if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
        && bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.MUST_NOT)) {
      BooleanQuery.Builder all = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
      bool.clauses().forEach(all::add);
      return all.build();
    }
    return query;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    // The parser's own wording starts with "Cannot parse '…': "; the caller already quotes the query.
    return line.replaceFirst("^Cannot parse '.*?': ", "");
  }

  /** The classic parser with Vigie's field names. */
  private static final class Parser extends MultiFieldQueryParser {
    Parser(Analyzer analyzer) {
      super(TEXT_FIELDS, analyzer, BOOSTS);
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (field == null || isDefaultField(field)) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      String name = field.toLowerCase(Locale.ROOT);
      String[] textFields = TEXT_ALIASES.get(name);
      if (textFields != null) {
        return anyOf(textFields, f -> super.getFieldQuery(f, queryText, quoted));
      }
      String value = queryText.strip();
      return switch (name) {
        case "country" -> new TermQuery(new Term(IndexFields.COUNTRY, value.toUpperCase(Locale.ROOT)));
        case "lang", "language" -> new TermQuery(new Term(IndexFields.LANGUAGE, value.toLowerCase(Locale.ROOT)));
        case "story" -> new TermQuery(new Term(IndexFields.STORY, value));
        case "entity" -> new TermQuery(new Term(IndexFields.ENTITY, value));
        case "speaker" -> new TermQuery(new Term(IndexFields.SPEAKER, value));
        case "mentioned" -> new TermQuery(new Term(IndexFields.MENTIONED, value));
        case "event" -> new TermQuery(new Term(IndexFields.EVENT, eventKey(value)));
        case "after" -> LongPoint.newRangeQuery(IndexFields.PUBLISHED, period(name, value)[0], Long.MAX_VALUE);
        case "before" -> LongPoint.newRangeQuery(IndexFields.PUBLISHED, Long.MIN_VALUE + 1, period(name, value)[0] - 1);
        case "date" -> {
          long[] period = period(name, value);
          yield LongPoint.newRangeQuery(IndexFields.PUBLISHED, period[0], period[1] - 1);
        }
        default -> throw unknownField(field);
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      if (field == null || isDefaultField(field)) {
        return super.getFieldQuery(field, queryText, slop);
      }
      String[] textFields = TEXT_ALIASES.get(field.toLowerCase(Locale.ROOT));
      if (textFields != null) {
        return anyOf(textFields, f -> super.getFieldQuery(f, queryText, slop));
      }
      return getFieldQuery(field, queryText, true);
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      return field == null || isDefaultField(field) ? super.getPrefixQuery(field, termStr)
          : anyOf(textFields(field, "*"), f -> super.getPrefixQuery(f, termStr));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      return field == null || isDefaultField(field) ? super.getWildcardQuery(field, termStr)
          : anyOf(textFields(field, "?*"), f -> super.getWildcardQuery(f, termStr));
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      return field == null || isDefaultField(field) ? super.getFuzzyQuery(field, termStr, minSimilarity)
          : anyOf(textFields(field, "~"), f -> super.getFuzzyQuery(f, termStr, minSimilarity));
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
        boolean endInclusive) throws ParseException {
      if (field != null && field.equalsIgnoreCase("date")) {
        long from = part1 == null || part1.equals("*") ? Long.MIN_VALUE + 1 : period("date", part1)[0];
        long to = part2 == null || part2.equals("*") ? Long.MAX_VALUE : period("date", part2)[1] - 1;
        return LongPoint.newRangeQuery(IndexFields.PUBLISHED, from, to);
      }
      if (field == null || isDefaultField(field)) {
        return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
      }
      return anyOf(textFields(field, "[…]"), f -> super.getRangeQuery(f, part1, part2, startInclusive, endInclusive));
    }

    /** The index fields the parent parser expands a field-less term into, which it passes back here one by one. */
    private boolean isDefaultField(String field) {
      for (String f : TEXT_FIELDS) {
        if (f.equals(field)) {
          return true;
        }
      }
      return false;
    }

    private String[] textFields(String field, String operator) throws ParseException {
      String[] textFields = TEXT_ALIASES.get(field.toLowerCase(Locale.ROOT));
      if (textFields == null) {
        if (FIELDS.contains(field.toLowerCase(Locale.ROOT)) || field.equalsIgnoreCase("language")) {
          throw new ParseException(field + ": takes a plain value, not " + operator);
        }
        throw unknownField(field);
      }
      return textFields;
    }
  }

  @FunctionalInterface
  private interface FieldQuery {
    Query on(String field) throws ParseException;
  }

  private static Query anyOf(String[] fields, FieldQuery query) throws ParseException {
    if (fields.length == 1) {
      return query.on(fields[0]);
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    boolean some = false;
    for (String field : fields) {
      Query q = query.on(field);
      if (q != null) {
        any.add(q, BooleanClause.Occur.SHOULD);
        some = true;
      }
    }
    return some ? any.build() : null;
  }

  /** An event type as indexed: lower case, a one-digit CAMEO root padded ("4" → "04"). */
  private static String eventKey(String value) {
    String key = value.toLowerCase(Locale.ROOT);
    return key.matches("\\d") ? "0" + key : key;
  }

  private static ParseException unknownField(String field) {
    return new ParseException("there is no field \"" + field + "\"; use one of " + String.join(", ", FIELDS)
        + " (or quote the words)");
  }

  /** The seconds [start, end) of a year, month or day written {@code 2020}, {@code 2020-07} or {@code 2020-07-03}. */
  private static long[] period(String field, String value) throws ParseException {
    try {
      if (value.contains("T")) {
        // A moment (2020-07-03T10:00:00Z), as "the last 24 hours" asks for.
        long second = java.time.OffsetDateTime.parse(value).toEpochSecond();
        return new long[] {second, second + 1};
      }
      LocalDate start;
      LocalDate end;
      if (value.matches("\\d{4}")) {
        start = Year.parse(value).atDay(1);
        end = start.plusYears(1);
      } else if (value.matches("\\d{4}-\\d{2}")) {
        start = YearMonth.parse(value).atDay(1);
        end = start.plusMonths(1);
      } else {
        start = LocalDate.parse(value);
        end = start.plusDays(1);
      }
      return new long[] {start.atStartOfDay().toEpochSecond(ZoneOffset.UTC),
          end.atStartOfDay().toEpochSecond(ZoneOffset.UTC)};
    } catch (DateTimeParseException e) {
      throw new ParseException(field + ":" + value + " is not a date; write 2020, 2020-07, 2020-07-01 or"
          + " 2020-07-01T12:00:00Z");
    }
  }
}
