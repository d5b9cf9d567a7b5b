package org.vigie.store;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
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
import org.vigie.json.RawDocumentJson;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Grouping;
import org.vigie.model.RawDocument;
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
  private static final String FAILURE = "failure";
  /** What the source said of a failed document besides its bytes ({@link RawDocumentJson}). */
  private static final String FAILURE_DESCRIPTION = "failure.raw";

  private final DataDirectory data;
  /** The index directory of a writing store; a reading store's is opened by {@link Searchers} once it exists. */
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final Searchers searchers;
  private final QueryTranslator queries;
  /** Content hashes written since the last commit, which the committed searcher cannot see yet. */
  private final Map<String, String> pending = new HashMap<>();
  private final Set<String> pendingLocations = new HashSet<>();
  /**
   * Stories merged into another while this store was open: the story each went into. An article put
   * later with an old id (grouped just before the merge) is stored with the new one.
   */
  private final Map<String, String> movedStories = new HashMap<>();
  /** Merged stories whose stored articles the next commit moves. */
  private final Set<String> storiesToMove = new LinkedHashSet<>();

  private ArticleStore(DataDirectory data, boolean writable) throws IOException {
    this.data = data;
    this.analyzer = Analyzers.perField();
    this.queries = new QueryTranslator(analyzer);
    if (writable) {
      Files.createDirectories(data.index());
      this.directory = FSDirectory.open(data.index());
      IndexWriterConfig config = new IndexWriterConfig(analyzer)
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(64);
      IndexWriter opened;
      try {
        opened = new IndexWriter(directory, config);
      } catch (IOException | RuntimeException e) {
        directory.close();
        throw e;
      }
      this.writer = opened;
      if (!DirectoryReader.indexExists(directory)) {
        writer.commit();
      }
      this.searchers = new Searchers(directory);
    } else {
      this.directory = null;
      this.writer = null;
      this.searchers = new Searchers(data.index());
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
    article = withMovedStory(article);
    String pendingHash = pending.get(article.id());
    Optional<String> existing = pendingHash != null ? Optional.of(pendingHash) : committedHash(article.id());
    // A success at this location supersedes any failure recorded there before.
    writer.deleteDocuments(failureKey(article.location()));
    String recordHash = IndexFields.recordHash(article);
    if (existing.isPresent() && existing.get().equals(recordHash)) {
      return PutResult.UNCHANGED;
    }
    writer.updateDocument(new Term(IndexFields.ID, article.id()), IndexFields.document(article));
    pending.put(article.id(), recordHash);
    pendingLocations.add(article.location());
    return existing.isPresent() ? PutResult.UPDATED : PutResult.ADDED;
  }

  /** Records a failure and keeps the document's bytes (gzip) under the data directory. */
  public void putFailure(FailedDocument failure, Optional<byte[]> content) throws IOException {
    putFailure(failure, content, Optional.empty());
  }

  /**
   * Records the failure of a document that was read: keeps its bytes and what its source said of
   * them, so that {@link #keptDocument} gives it back as it arrived, for a retry after a fix.
   */
  public void putFailure(FailedDocument failure, RawDocument document) throws IOException {
    putFailure(failure, Optional.of(document.content()), Optional.of(RawDocumentJson.describe(document)));
  }

  private synchronized void putFailure(FailedDocument failure, Optional<byte[]> content, Optional<String> description)
      throws IOException {
    requireWritable();
    if (content.isPresent() && !failure.sha256().isEmpty()) {
      keepRaw(failure.sha256(), content.get());
    }
    Document doc = new Document();
    doc.add(new StringField(IndexFields.KIND, FAILURE, Field.Store.YES));
    doc.add(new StringField(IndexFields.LOCATION, "failure:" + failure.location(), Field.Store.NO));
    doc.add(new StoredField("failure.location", failure.location()));
    doc.add(new StoredField("failure.stage", failure.stage()));
    doc.add(new StoredField("failure.cause", failure.cause().name()));
    doc.add(new StoredField("failure.message", failure.message()));
    doc.add(new StoredField("failure.size", failure.size()));
    doc.add(new StoredField("failure.sha256", failure.sha256()));
    doc.add(new StoredField("failure.at", failure.at().toString()));
    doc.add(new NumericDocValuesField("failure.at_sort", failure.at().toEpochMilli()));
    description.ifPresent(d -> doc.add(new StoredField(FAILURE_DESCRIPTION, d)));
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
    searchers.refresh();
    pending.clear();
    pendingLocations.clear();
    if (!storiesToMove.isEmpty()) {
      // Now that the searcher sees every article put before the merges, move them in a second commit.
      for (String story : List.copyOf(storiesToMove)) {
        for (Article article : storyArticles(story)) {
          put(article);
        }
      }
      storiesToMove.clear();
      writer.commit();
      searchers.refresh();
      pending.clear();
      pendingLocations.clear();
    }
  }

  /**
   * Records that a story went into another (an article bridged them): the articles stored under
   * {@code from} move to {@code into} at the next commit, and any put later with {@code from} is
   * stored with {@code into}.
   */
  public synchronized void moveStory(String from, String into) {
    requireWritable();
    if (from.equals(into)) {
      return;
    }
    movedStories.replaceAll((old, target) -> target.equals(from) ? into : target);
    movedStories.put(from, into);
    storiesToMove.add(from);
  }

  private Article withMovedStory(Article article) {
    Optional<String> story = article.grouping().story();
    if (story.isEmpty() || !movedStories.containsKey(story.get())) {
      return article;
    }
    return article.withGrouping(new Grouping(article.grouping().duplicateOf(),
        Optional.of(movedStories.get(story.get()))));
  }

  /** The committed articles of a story id, as stored. */
  private List<Article> storyArticles(String story) throws IOException {
    return withSearcher(searcher -> {
      StoredFields stored = searcher.storedFields();
      List<Article> found = new ArrayList<>();
      for (ScoreDoc doc : searcher.search(articles(new TermQuery(new Term(IndexFields.STORY, story))),
          Integer.MAX_VALUE).scoreDocs) {
        found.add(load(stored, doc.doc));
      }
      return found;
    });
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
    return new Term(IndexFields.LOCATION, "failure:" + location);
  }

  /**
   * Removes an article (and nothing else: its failures, if any, stay); true when it was stored.
   * Like every write, it becomes visible with the next commit.
   */
  public synchronized boolean delete(String id) throws IOException {
    requireWritable();
    boolean stored = pending.containsKey(id) || committedHash(id).isPresent();
    writer.deleteDocuments(new Term(IndexFields.ID, id));
    pending.remove(id);
    return stored;
  }

  // ---------------------------------------------------------------- reading

  /** A search over one searcher, which stays valid (and unchanged by later commits) until it returns. */
  @FunctionalInterface
  private interface SearcherWork<T> {
    T apply(Searchers.VigieSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) throws IOException {
    Searchers.VigieSearcher searcher = searchers.acquire();
    try {
      return work.apply(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  public Optional<Article> get(String id) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(articles(new TermQuery(new Term(IndexFields.ID, id))), 1);
      return top.scoreDocs.length == 0 ? Optional.<Article>empty()
          : Optional.of(load(searcher.storedFields(), top.scoreDocs[0].doc));
    });
  }

  /**
   * Whether an article read from this location (a URL as fetched, a file) is stored, in the last
   * commit or written since: what lets a restarted crawl skip what it already has.
   */
  public boolean hasArticleFrom(String location) throws IOException {
    synchronized (this) {
      if (pendingLocations.contains(location)) {
        return true;
      }
    }
    return withSearcher(searcher ->
        searcher.count(articles(new TermQuery(new Term(IndexFields.LOCATION, location)))) > 0);
  }

  public long articleCount() throws IOException {
    return withSearcher(searcher -> (long) searcher.count(new TermQuery(new Term(IndexFields.KIND, IndexFields.ARTICLE))));
  }

  /**
   * Full-text search over title, body, captions and section, in the language-neutral and the
   * stemmed fields at once, with the field filters of {@link QueryTranslator}. An empty query lists
   * the newest articles.
   */
  public SearchResults search(String queryText, int limit, boolean newestFirst) throws IOException {
    return search(SearchRequest.of(queryText, newestFirst ? SearchSort.NEWEST : SearchSort.RELEVANCE,
        Math.max(1, Math.min(limit, SearchRequest.MAX_LIMIT))));
  }

  /** A page of hits, the total, and the facets of everything that matched when {@code facetSize > 0}. */
  public SearchResults search(SearchRequest request) throws IOException {
    Query query = request.query().isBlank() ? new MatchAllDocsQuery() : queries.translate(request.query());
    boolean scored = request.sort() == SearchSort.RELEVANCE && !request.query().isBlank();
    return withSearcher(searcher -> run(searcher, query, request, scored ? SearchSort.RELEVANCE
        : request.sort() == SearchSort.RELEVANCE ? SearchSort.NEWEST : request.sort(), Optional.empty()));
  }

  /**
   * The articles most like one (shared distinctive words of title and body), best first, without
   * the article itself and its duplicates; empty for an unknown id.
   */
  public SearchResults moreLikeThis(String id, int limit) throws IOException {
    Optional<Article> source = get(id);
    if (source.isEmpty()) {
      return new SearchResults(0, List.of());
    }
    Article article = source.get();
    return withSearcher(searcher -> {
      MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
      mlt.setAnalyzer(Analyzers.folding());
      mlt.setFieldNames(new String[] {IndexFields.TITLE, IndexFields.BODY});
      mlt.setMinTermFreq(1);
      mlt.setMinDocFreq(2);
      mlt.setMaxQueryTerms(30);
      mlt.setMaxDocFreqPct(20);
      BooleanQuery.Builder like = new BooleanQuery.Builder()
          .add(mlt.like(IndexFields.TITLE, new StringReader(article.title())), BooleanClause.Occur.SHOULD)
          .add(mlt.like(IndexFields.BODY, new StringReader(article.fullText())), BooleanClause.Occur.SHOULD);
      BooleanQuery.Builder query = new BooleanQuery.Builder()
          .add(like.build(), BooleanClause.Occur.MUST)
          .add(new TermQuery(new Term(IndexFields.ID, article.id())), BooleanClause.Occur.MUST_NOT)
          .add(new TermQuery(new Term(IndexFields.DUPLICATE_OF, article.id())), BooleanClause.Occur.MUST_NOT);
      article.grouping().duplicateOf().ifPresent(original ->
          query.add(new TermQuery(new Term(IndexFields.ID, original)), BooleanClause.Occur.MUST_NOT));
      SearchRequest request = SearchRequest.of("", SearchSort.RELEVANCE, Math.max(1, Math.min(limit, 100)));
      return run(searcher, query.build(), request, SearchSort.RELEVANCE, Optional.of(Analyzers.folding()));
    });
  }

  private SearchResults run(Searchers.VigieSearcher searcher, Query query, SearchRequest request, SearchSort order,
      Optional<Analyzer> noHighlight) throws IOException {
    Query filtered = articles(query);
    Sort sort = switch (order) {
      case RELEVANCE -> new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.PUBLISHED_SORT, SortField.Type.LONG, true));
      case NEWEST -> new Sort(new SortField(IndexFields.PUBLISHED_SORT, SortField.Type.LONG, true), SortField.FIELD_DOC);
      case OLDEST -> new Sort(oldestFirst(), SortField.FIELD_DOC);
    };
    int wanted = Math.max(1, request.offset() + request.limit());
    TopDocs top;
    Facets facets = Facets.NONE;
    if (request.facetSize() > 0 && searcher.facetState() != null) {
      FacetsCollectorManager.FacetsResult result = FacetsCollectorManager.search(searcher, filtered, wanted, sort,
          order == SearchSort.RELEVANCE, new FacetsCollectorManager());
      top = result.topDocs();
      facets = FacetCounter.count(searcher.facetState(), result.facetsCollector(), request.facetSize());
    } else {
      top = searcher.search(filtered, wanted, sort, order == SearchSort.RELEVANCE);
    }
    ScoreDoc[] page = top.scoreDocs.length <= request.offset() ? new ScoreDoc[0]
        : Arrays.copyOfRange(top.scoreDocs, request.offset(), Math.min(top.scoreDocs.length, wanted));
    if (request.limit() == 0) {
      page = new ScoreDoc[0];
    }
    StoredFields stored = searcher.storedFields();
    Article[] articles = new Article[page.length];
    for (int i = 0; i < page.length; i++) {
      articles[i] = load(stored, page[i].doc);
    }
    String[] snippets = noHighlight.isPresent() || request.query().isBlank()
        ? new String[page.length] : snippets(searcher, query, page, articles);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.length; i++) {
      ScoreDoc scoreDoc = page[i];
      String snippet = snippets[i] != null ? snippets[i] : lead(articles[i]);
      hits.add(new SearchHit(articles[i], Float.isNaN(scoreDoc.score) ? 0f : scoreDoc.score, snippet));
    }
    return new SearchResults(top.totalHits.value(), hits, facets);
  }

  /** Oldest first, undated articles last. */
  private static SortField oldestFirst() {
    return new SortField(IndexFields.PUBLISHED_OLDEST, SortField.Type.LONG, false);
  }

  /**
   * Highlighted passages of the body. The body text comes from the articles already loaded for the
   * page rather than from a stored field of its own, so that each hit decompresses its stored
   * block once: that is most of a search's time.
   */
  private String[] snippets(IndexSearcher searcher, Query query, ScoreDoc[] page, Article[] articles)
      throws IOException {
    if (page.length == 0) {
      return new String[0];
    }
    Map<Integer, String> bodies = new HashMap<>();
    int[] docs = new int[page.length];
    for (int i = 0; i < page.length; i++) {
      docs[i] = page[i].doc;
      bodies.put(page[i].doc, IndexFields.bodyText(articles[i]));
    }
    // Escaping makes the snippet safe to put in a page: only the <b> marks are markup.
    UnifiedHighlighter highlighter = new UnifiedHighlighter(UnifiedHighlighter.builder(searcher, Analyzers.folding())
        .withMaxLength(20_000)
        .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))) {
      @Override
      protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
          int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> values = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
          CharSequence[] perField = new CharSequence[fields.length];
          Arrays.fill(perField, bodies.getOrDefault(doc, ""));
          values.add(perField);
        }
        return values;
      }
    };
    return highlighter.highlightFields(new String[] {IndexFields.BODY}, query, docs, new int[] {2})
        .get(IndexFields.BODY);
  }

  private static String lead(Article article) {
    String first = article.body().isEmpty() ? "" : article.body().getFirst().text();
    String text = first.length() <= 240 ? first : first.substring(0, first.lastIndexOf(' ', 240) + 1).strip() + " …";
    // The same contract as highlighted snippets: safe to put in a page as is.
    return escape(text);
  }

  private static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#x27;");
        case '/' -> out.append("&#x2F;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Every stored article, in index order, without holding them all in memory. */
  public void forEachArticle(Consumer<Article> action) throws IOException {
    withSearcher(searcher -> {
      StoredFields stored = searcher.storedFields();
      for (ScoreDoc doc : searcher.search(new TermQuery(new Term(IndexFields.KIND, IndexFields.ARTICLE)),
          Integer.MAX_VALUE).scoreDocs) {
        action.accept(load(stored, doc.doc));
      }
      return null;
    });
  }

  /** Every failed document, latest first. */
  public List<FailedDocument> failures() throws IOException {
    return withSearcher(searcher -> {
      StoredFields stored = searcher.storedFields();
      List<FailedDocument> result = new ArrayList<>();
      Sort latest = new Sort(new SortField("failure.at_sort", SortField.Type.LONG, true));
      for (ScoreDoc doc : searcher.search(new TermQuery(new Term(IndexFields.KIND, FAILURE)), Integer.MAX_VALUE,
          latest).scoreDocs) {
        result.add(failure(stored.document(doc.doc)));
      }
      return result;
    });
  }

  /** The failure recorded at a location (in the last commit), if any. */
  public Optional<FailedDocument> failure(String location) throws IOException {
    return failureDocument(location).map(ArticleStore::failure);
  }

  /**
   * The document that failed, rebuilt from its kept bytes and what its source said of them; empty
   * when no bytes were kept (it could not be read at all) or the kept copy is gone or damaged.
   * Failures recorded before descriptions were kept come back as files of {@code undescribedMediaType}.
   */
  public Optional<RawDocument> keptDocument(FailedDocument failure, String undescribedMediaType) throws IOException {
    Path copy = rawCopy(failure.sha256());
    if (failure.sha256().isEmpty() || !Files.isRegularFile(copy)) {
      return Optional.empty();
    }
    byte[] content;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(copy))) {
      content = in.readAllBytes();
    } catch (IOException e) {
      return Optional.empty();
    }
    if (!ArticleIds.sha256Hex(content).equals(failure.sha256())) {
      return Optional.empty();
    }
    URI location;
    try {
      location = new URI(failure.location());
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    Optional<String> description = failureDocument(failure.location()).map(d -> d.get(FAILURE_DESCRIPTION));
    return description.flatMap(d -> RawDocumentJson.read(d, location, content))
        .or(() -> Optional.of(RawDocument.ofFile(location, undescribedMediaType, failure.at(), content)));
  }

  private Optional<Document> failureDocument(String location) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(failureKeyQuery(location), 1);
      return top.scoreDocs.length == 0 ? Optional.<Document>empty()
          : Optional.of(searcher.storedFields().document(top.scoreDocs[0].doc));
    });
  }

  private static Query failureKeyQuery(String location) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(failureKey(location)), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.KIND, FAILURE)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static FailedDocument failure(Document d) {
    return new FailedDocument(d.get("failure.location"), d.get("failure.stage"),
        FailureCause.valueOf(d.get("failure.cause")), d.get("failure.message"),
        d.getField("failure.size").numericValue().longValue(), d.get("failure.sha256"),
        Instant.parse(d.get("failure.at")));
  }

  private static Query articles(Query query) {
    return new BooleanQuery.Builder()
        .add(query, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(IndexFields.KIND, IndexFields.ARTICLE)), BooleanClause.Occur.FILTER)
        .build();
  }

  private static Article load(StoredFields stored, int doc) throws IOException {
    return ArticleJson.read(stored.document(doc).get(IndexFields.RECORD));
  }

  private Optional<String> committedHash(String id) throws IOException {
    return withSearcher(searcher -> {
      TopDocs top = searcher.search(new TermQuery(new Term(IndexFields.ID, id)), 1);
      return top.scoreDocs.length == 0 ? Optional.<String>empty()
          : Optional.ofNullable(searcher.storedFields().document(top.scoreDocs[0].doc).get(IndexFields.HASH));
    });
  }

  private void requireWritable() {
    if (writer == null) {
      throw new IllegalStateException("this store was opened for reading");
    }
  }

  @Override
  public synchronized void close() throws IOException {
    try {
      searchers.close();
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
