package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vigie.extract.html.HtmlPages.done;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.ingest.SourceItem;
import org.vigie.ingest.warc.WarcSource;
import org.vigie.model.Article;
import org.vigie.model.Block;
import org.vigie.testing.SharedData;

/**
 * The 2004 BBC News page in {@code ../shared/eval/warc}, read through the WARC reader: its first
 * paragraph is a bold lead without a full stop, set as loose text before the first {@code <p>}.
 */
class BbcWarcCaptureTest {

  @Test
  void apply_bbcCapture_keepsTheBoldLeadAndNoNavigation() throws IOException {
    Path file = SharedData.require("eval/warc/bbc-news-2014-commoncrawl.warc");
    List<SourceItem> items = new ArrayList<>();
    new WarcSource(file, 16 << 20, InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z"))).read(items::add);
    SourceItem.Document document = (SourceItem.Document) items.getFirst();

    Article article = done(new HtmlExtractor().apply(document.document()));

    assertThat(article.title()).isEqualTo("Namibia braces for Nujoma exit");
    List<String> body = article.body().stream().map(Block::text).toList();
    assertThat(body.getFirst()).startsWith("President Sam Nujoma works in very pleasant surroundings in the small but"
        + " beautiful old State House");
    assertThat(body.get(1)).startsWith("The question on everyone's lips is why on earth");
    assertThat(body).noneMatch(text -> text.contains("Home News Sport Radio TV Weather Languages"));
  }
}
