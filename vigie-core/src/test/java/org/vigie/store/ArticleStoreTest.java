package org.vigie.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.Block;
import org.vigie.model.Caption;
import org.vigie.model.Precision;
import org.vigie.model.Published;
import org.vigie.pipeline.FailureCause;

class ArticleStoreTest {
  @TempDir Path dir;

  private static Article article(String title, String language, String published, String... paragraphs) {
    List<Block> body = java.util.Arrays.stream(paragraphs).map(Block::paragraph).toList();
    String hash = ArticleIds.contentHash(title, body);
    return new Article(ArticleIds.of(Optional.empty(), hash), Optional.empty(), "file:/" + title.hashCode(),
        Optional.empty(), Optional.of("Monde"), title, Optional.empty(),
        Optional.of(new Published(published, Precision.DAY, false)), Optional.of(language), body,
        List.of(new Caption("Vue aérienne du port.", Optional.of("AFP"), Optional.empty())), List.of(), hash);
  }

  private static final Article FRENCH = article("Le ministre turc de la Défense à Tripoli", "fr", "2020-07-03",
      "Les ministres turcs se sont rendus vendredi à Tripoli pour évoquer la coopération militaire.");
  private static final Article ENGLISH = article("Turkish ministers visit Libya", "en", "2020-07-05",
      "The ministers travelled to the Libyan capital on Friday to discuss military cooperation.");

  @Test
  void put_sameArticleTwice_unchangedAndStoredOnce() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      assertThat(store.put(FRENCH)).isEqualTo(PutResult.ADDED);
      assertThat(store.put(FRENCH)).isEqualTo(PutResult.UNCHANGED);
      store.commit();
      assertThat(store.put(FRENCH)).isEqualTo(PutResult.UNCHANGED);
      store.commit();
      assertThat(store.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void put_sameTextWithNewAnnotations_updated() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      store.put(FRENCH);
      store.commit();
      Article annotated = FRENCH.withAnnotations(org.vigie.model.Annotations.NONE.withQuotes(List.of(
          new org.vigie.model.Quote("la coopération", Optional.empty(), Optional.empty(), true,
              new org.vigie.model.Span(org.vigie.model.SpanTarget.BODY, 0, 0, 3)))));
      assertThat(store.put(annotated)).isEqualTo(PutResult.UPDATED);
      store.commit();
      assertThat(store.get(FRENCH.id()).orElseThrow().annotations().quotes()).hasSize(1);
    }
  }

  @Test
  void get_roundTripsTheWholeRecord() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      store.put(FRENCH);
      store.commit();
      assertThat(store.get(FRENCH.id())).contains(FRENCH);
      assertThat(store.get("nope")).isEmpty();
    }
  }

  @Test
  void search_frenchStemmingAccentFoldingAndPhrases() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      store.put(FRENCH);
      store.put(ENGLISH);
      store.commit();
      assertThat(ids(store.search("Tripoli", 10, false))).containsExactly(FRENCH.id());
      assertThat(ids(store.search("defense", 10, false))).containsExactly(FRENCH.id());
      assertThat(ids(store.search("ministre", 10, false))).containsExactly(FRENCH.id());
      assertThat(ids(store.search("minister", 10, false))).containsExactly(ENGLISH.id());
      assertThat(ids(store.search("\"military cooperation\"", 10, false))).containsExactly(ENGLISH.id());
      assertThat(ids(store.search("Libyan OR Tripoli", 10, false))).hasSize(2);
      assertThat(ids(store.search("", 10, true))).containsExactly(ENGLISH.id(), FRENCH.id());
    }
  }

  @Test
  void search_snippetMarksMatchedWords() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      store.put(ENGLISH);
      store.commit();
      assertThat(store.search("capital", 10, false).hits().getFirst().snippet()).contains("<b>capital</b>");
    }
  }

  @Test
  void openForReading_missingDirectory_emptyAndNothingCreated() throws IOException {
    Path missing = dir.resolve("not-yet");
    try (ArticleStore store = ArticleStore.openForReading(new DataDirectory(missing))) {
      assertThat(store.articleCount()).isZero();
      assertThat(store.search("x", 10, false).total()).isZero();
    }
    assertThat(missing).doesNotExist();
  }

  @Test
  void search_snippetEscapesMarkupOfTheText() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      store.put(article("Markup", "en", "2020-07-05", "The <script> tag and a capital & more in the capital city."));
      store.commit();
      assertThat(store.search("capital", 10, false).hits().getFirst().snippet())
          .contains("&lt;script&gt;").contains("<b>capital</b>");
    }
  }

  @Test
  void search_badSyntax_clearError() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      assertThatThrownBy(() -> store.search("\"unclosed", 10, false)).isInstanceOf(InvalidQueryException.class)
          .hasMessageContaining("cannot read the query");
    }
  }

  @Test
  void openForReading_seesCommitsOfAWriter() throws IOException {
    DataDirectory data = new DataDirectory(dir);
    try (ArticleStore writer = ArticleStore.openForWriting(data);
        ArticleStore reader = ArticleStore.openForReading(data)) {
      assertThat(reader.articleCount()).isZero();
      writer.put(FRENCH);
      assertThat(reader.articleCount()).isZero();
      writer.commit();
      assertThat(reader.articleCount()).isEqualTo(1);
    }
  }

  @Test
  void openForWriting_secondWriter_refusedWithClearMessage() throws IOException {
    DataDirectory data = new DataDirectory(dir);
    try (ArticleStore writer = ArticleStore.openForWriting(data)) {
      assertThatThrownBy(() -> ArticleStore.openForWriting(data)).isInstanceOf(IOException.class)
          .hasMessageContaining("another Vigie process is writing");
    }
  }

  @Test
  void putFailure_listedLatestFirstAndReplacedPerLocation() throws IOException {
    try (ArticleStore store = ArticleStore.openForWriting(new DataDirectory(dir))) {
      Instant t0 = Instant.parse("2020-07-03T10:00:00Z");
      store.putFailure(new FailedDocument("file:/a", "extract", FailureCause.BINARY, "binary", 3, "abc", t0),
          Optional.of(new byte[] {1, 2, 3}));
      store.putFailure(new FailedDocument("file:/b", "extract", FailureCause.EMPTY, "empty", 0, "def",
          t0.plusSeconds(60)), Optional.of(new byte[0]));
      store.putFailure(new FailedDocument("file:/a", "extract", FailureCause.BINARY, "still binary", 3, "abc",
          t0.plusSeconds(120)), Optional.of(new byte[] {1, 2, 3}));
      store.commit();
      assertThat(store.failures()).extracting(FailedDocument::location, FailedDocument::message)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("file:/a", "still binary"),
              org.assertj.core.groups.Tuple.tuple("file:/b", "empty"));
      assertThat(store.rawCopy("abc")).exists();
    }
  }

  private static List<String> ids(SearchResults results) {
    return results.hits().stream().map(hit -> hit.article().id()).toList();
  }
}
