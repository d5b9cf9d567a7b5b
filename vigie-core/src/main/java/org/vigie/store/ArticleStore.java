package org.vigie.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.vigie.json.ArticleJson;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Published;
import org.vigie.pipeline.FailureCause;

/**
 * Articles and failed documents in one Lucene index, so that both become durable in the same
 * atomic commit: after a crash the index holds exactly what the last commit reported, never half
 * a batch. A store opened for writing owns the index's write lock; one opened read-only sees each
 * new commit of a writer in another process on its next query.
 *
 * <p>Writes are idempotent: an article is keyed by its id and written only when its content hash
 * changed; a failure is keyed by its location, and a later success at that location removes it.
 */
public final class ArticleStore implements Closeable {
  private static final String KIND = "kind";
  private static final String ARTICLE = "article";
  private static final String FAILURE = "failure";
  private static final String ID = "id";
  private static final String LOCATION = "location";
  private static final String HASH = "contentHash";
  private static final String RECORD = "record";
  private static final String PUBLISHED_SORT = "published_sort";
  private static final String[] SEARCH_FIELDS = {"title", "title_fr", "title_en", "body", "body_fr", "body_en",
      "captions", "section"};
  private static final Map<String, Float> BOOSTS = Map.of("title", 3f, "title_fr", 3f, "title_en", 3f,
      "section", 0.5f);
  private static final int MAX_PAGE = 1000;

  private final DataDirectory data;
  /** Opened on first need for a reading store, so that reading a data directory never creates one. */
  private Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private DirectoryReader reader;
  /** Content hashes written since the last commit, which the committed reader cannot see yet. */
  private final Map<String, String> pending = new HashMap<>();
  private final java.util.Set<String> pendingLocations = new java.util.HashSet<>();

  private ArticleStore(DataDirectory data, boolean writable) throws IOException {
    this.data = data;
    this.analyzer = Analyzers.perField();
    if (writable) {
      Files.createDirectories(data.index());
      this.directory = FSDirectory.open(data.index());
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      this.writer = new IndexWriter(directory, config);
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit();
      }
    } else {
      this.writer = null;
    }
  }

  /** Opens the store for ingest; fails with a clear message if another process holds the write lock. */
  public static ArticleStore openForWriting(DataDirectory data) throws IOException {
    try {
      return new ArticleStore(data, true);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IOException("another Vigie process is writing to " + data.root() + "; wait for it to finish", e);
    }
  }

  /** Opens the store for searching and reading; writers in other processes may go on meanwhile. */
  public static ArticleStore openForReading(DataDirectory data) throws IOException {
    return new ArticleStore(data, false);
  }

  public DataDirectory data() {
    return data;
  }

  // ---------------------------------------------------------------- writing

  public synchronized PutResult put(Article article) throws IOException {
    requireWritable();
    String pendingHash = pending.get(article.id());
    Optional<String> existing = pendingHash != null ? Optional.of(pendingHash) : committedHash(article.id());
    // A success at this location supersedes any failure recorded there before.
    writer.deleteDocuments(failureKey(article.location()));
    if (existing.isPresent() && existing.get().equals(article.contentHash())) {
      return PutResult.UNCHANGED;
    }
    writer.updateDocument(new Term(ID, article.id()), toDocument(article));
    pending.put(article.id(), article.contentHash());
    pendingLocations.add(article.location());
    return existing.isPresent() ? PutResult.UPDATED : PutResult.ADDED;
  }

  /** Records a failure and keeps the document's bytes (gzip) under the data directory. */
  public synchronized void putFailure(FailedDocument failure, Optional<byte[]> content) throws IOException {
    requireWritable();
    if (content.isPresent() && !failure.sha256().isEmpty()) {
      keepRaw(failure.sha256(), content.get());
    }
    Document doc = new Document();
    doc.add(new StringField(KIND, FAILURE, Field.Store.YES));
    doc.add(new StringField(LOCATION, "failure:" + failure.location(), Field.Store.NO));
    doc.add(new StoredField("failure.location", failure.location()));
    doc.add(new StoredField("failure.stage", failure.stage()));
    doc.add(new StoredField("failure.cause", failure.cause().name()));
    doc.add(new StoredField("failure.message", failure.message()));
    doc.add(new StoredField("failure.size", failure.size()));
    doc.add(new StoredField("failure.sha256", failure.sha256()));
    doc.add(new StoredField("failure.at", failure.at().toString()));
    doc.add(new NumericDocValuesField("failure.at_sort", failure.at().toEpochMilli()));
    writer.updateDocument(failureKey(failure.location()), doc);
  }

  /** Path of the kept copy of a failed document's bytes. */
  public Path rawCopy(String sha256) {
    return data.failed().resolve(sha256 + ".gz");
  }

  /** Makes everything written so far durable, atomically. */
  public synchronized void commit() throws IOException {
    requireWritable();
    writer.commit();
    DirectoryReader fresh = reader == null ? null : DirectoryReader.openIfChanged(reader);
    if (fresh != null) {
      reader.close();
      reader = fresh;
    }
    pending.clear();
    pendingLocations.clear();
  }

  private void keepRaw(String sha256, byte[] content) throws IOException {
    Path target = rawCopy(sha256);
    if (Files.exists(target)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Path temp = Files.createTempFile(target.getParent(), sha256, ".part");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(temp))) {
      out.write(content);
    }
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static Term failureKey(String location) {
    return new Term(LOCATION, "failure:" + location);
  }

  private Document toDocument(Article article) {
    Document doc = new Document();
    doc.add(new StringField(KIND, ARTICLE, Field.Store.YES));
    doc.add(new StringField(ID, article.id(), Field.Store.YES));
    doc.add(new StringField(HASH, article.contentHash(), Field.Store.YES));
    doc.add(new StringField(LOCATION, article.location(), Field.Store.NO));
    doc.add(new StringField("lang", article.language().orElse("und"), Field.Store.NO));
    String body = String.join("\n\n", article.body().stream().map(Block::text).toList());
    doc.add(new TextField("title", article.title(), Field.Store.NO));
    doc.add(new TextField("body", body, Field.Store.YES));
    article.language().filter(Analyzers::hasStemmer).ifPresent(lang -> {
      doc.add(new TextField("title_" + lang, article.title(), Field.Store.NO));
      doc.add(new TextField("body_" + lang, body, Field.Store.NO));
    });
    article.section().ifPresent(s -> doc.add(new TextField("section", s, Field.Store.NO)));
    for (Caption caption : article.captions()) {
      doc.add(new TextField("captions", caption.text(), Field.Store.NO));
    }
    long published = article.published().flatMap(ArticleStore::epochSecond).orElse(Long.MIN_VALUE);
    doc.add(new NumericDocValuesField(PUBLISHED_SORT, published));
    doc.add(new LongPoint("published", published));
    doc.add(new StoredField(RECORD, ArticleJson.write(article)));
    return doc;
  }

  static Optional<Long> epochSecond(Published published) {
    String value = published.value();
    try {
      return switch (published.precision()) {
        case YEAR -> Optional.of(Year.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MONTH -> Optional.of(YearMonth.parse(value).atDay(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case DAY -> Optional.of(LocalDate.parse(value).atStartOfDay().toEpochSecond(ZoneOffset.UTC));
        case MINUTE, SECOND -> Optional.of(value.length() > 16 && (value.endsWith("Z") || value.matches(".*[+-]\\d\\d:?\\d\\d$"))
            ? OffsetDateTime.parse(value).toEpochSecond()
            // A local time without its offset (a printed dateline): read as UTC, off by hours at most.
            : java.time.LocalDateTime.parse(value).toEpochSecond(ZoneOffset.UTC));
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  // ---------------------------------------------------------------- reading

  public synchronized Optional<Article> get(String id) throws IOException {
    IndexSearcher searcher = searcher();
    TopDocs top = searcher.search(articles(new TermQuery(new Term(ID, id))), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.of(load(searcher.storedFields(), top.scoreDocs[0].doc));
  }

  /**
   * Whether an article read from this location (a URL as fetched, a file) is stored, in the last
   * commit or written since: what lets a restarted crawl skip what it already has.
   */
  public synchronized boolean hasArticleFrom(String location) throws IOException {
    if (pendingLocations.contains(location)) {
      return true;
    }
    return searcher().count(articles(new TermQuery(new Term(LOCATION, location)))) > 0;
  }

  public synchronized long articleCount() throws IOException {
    return searcher().count(new TermQuery(new Term(KIND, ARTICLE)));
  }

  /**
   * Full-text search over title, body, captions and section, in the language-neutral and the
   * stemmed fields at once. Words are ANDed; the classic query syntax (phrases, OR, NOT, +/-)
   * works. An empty query lists the newest articles.
   */
  public synchronized SearchResults search(String queryText, int limit, boolean newestFirst) throws IOException {
    int size = Math.max(1, Math.min(limit, MAX_PAGE));
    IndexSearcher searcher = searcher();
    Query query = queryText.isBlank() ? new MatchAllDocsQuery() : parse(queryText);
    Query filtered = articles(query);
    Sort sort = newestFirst || queryText.isBlank()
        ? new Sort(new SortField(PUBLISHED_SORT, SortField.Type.LONG, true), SortField.FIELD_SCORE)
        : Sort.RELEVANCE;
    TopDocs top = searcher.search(filtered, size, sort, true);
    String[] snippets = snippets(searcher, query, top, queryText.isBlank());
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = top.scoreDocs[i];
      Article article = load(stored, scoreDoc.doc);
      String snippet = snippets[i] != null ? snippets[i] : lead(article);
      hits.add(new SearchHit(article, Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score, snippet));
    }
    return new SearchResults(top.totalHits.value(), hits);
  }

  private String[] snippets(IndexSearcher searcher, Query query, TopDocs top, boolean noQuery) throws IOException {
    if (noQuery || top.scoreDocs.length == 0) {
      return new String[top.scoreDocs.length];
    }
    // Escaping makes the snippet safe to put in a page: only the <b> marks are markup.
    UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, Analyzers.folding())
        .withMaxLength(100_000)
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
        .build();
    return highlighter.highlight("body", query, top, 2);
  }

  private static String lead(Article article) {
    String first = article.body().isEmpty() ? "" : article.body().getFirst().text();
    return first.length() <= 240 ? first : first.substring(0, first.lastIndexOf(' ', 240) + 1).strip() + " …";
  }

  private Query parse(String text) {
    MultiFieldQueryParser parser = new MultiFieldQueryParser(SEARCH_FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    try {
      return parser.parse(text);
    } catch (ParseException e) {
      throw new InvalidQueryException("cannot read the query \"" + text + "\": " + firstLine(e.getMessage()), e);
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("cannot read the query \"" + text + "\": " + e.getMessage(), e);
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }

  /** Every stored article, in index order, without holding them all in memory. */
  public synchronized void forEachArticle(Consumer<Article> action) throws IOException {
    IndexSearcher searcher = searcher();
    StoredFields stored = searcher.storedFields();
    for (ScoreDoc doc : searcher.search(new TermQuery(new Term(KIND, ARTICLE)), Integer.MAX_VALUE).scoreDocs) {
      action.accept(load(stored, doc.doc));
    }
  }

  /** Every failed document, latest first. */
  public synchronized List<FailedDocument> failures() throws IOException {
    IndexSearcher searcher = searcher();
    StoredFields stored = searcher.storedFields();
    List<FailedDocument> result = new ArrayList<>();
    Sort latest = new Sort(new SortField("failure.at_sort", SortField.Type.LONG, true));
    for (ScoreDoc doc : searcher.search(new TermQuery(new Term(KIND, FAILURE)), Integer.MAX_VALUE, latest).scoreDocs) {
      Document d = stored.document(doc.doc);
      result.add(new FailedDocument(d.get("failure.location"), d.get("failure.stage"),
          FailureCause.valueOf(d.get("failure.cause")), d.get("failure.message"),
          d.getField("failure.size").numericValue().longValue(), d.get("failure.sha256"),
          Instant.parse(d.get("failure.at"))));
    }
    return result;
  }

  private static Query articles(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Article load(StoredFields stored, int doc) throws IOException {
    return ArticleJson.read(stored.document(doc).get(RECORD));
  }

  private Optional<String> committedHash(String id) throws IOException {
    IndexSearcher searcher = searcher();
    TopDocs top = searcher.search(new TermQuery(new Term(ID, id)), 1);
    if (top.scoreDocs.length == 0) {
      return Optional.empty();
    }
    return Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get(HASH));
  }

  /**
   * A searcher over the last commit. A writing store reads its own commits; a reading store
   * re-opens when another process has committed since.
   */
  private IndexSearcher searcher() throws IOException {
    if (directory == null) {
      if (!Files.isDirectory(data.index())) {
        return new IndexSearcher(new org.apache.lucene.index.MultiReader());
      }
      directory = FSDirectory.open(data.index());
    }
    if (reader == null) {
      if (!DirectoryReader.indexExists(directory)) {
        return new IndexSearcher(new org.apache.lucene.index.MultiReader());
      }
      reader = DirectoryReader.open(directory);
    } else if (writer == null) {
      DirectoryReader fresh = DirectoryReader.openIfChanged(reader);
      if (fresh != null) {
        reader.close();
        reader = fresh;
      }
    }
    return new IndexSearcher(reader);
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("this store was opened for reading");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      if (reader != null) {
        reader.close();
      }
      if (writer != null) {
        writer.close();
      }
    } finally {
      if (directory != null) {
        directory.close();
      }
    }
  }

  /** For tools that stream stored records: rethrows an I/O failure unchecked inside a consumer. */
  public static UncheckedIOException unchecked(IOException e) {
    return new UncheckedIOException(e);
  }
}
