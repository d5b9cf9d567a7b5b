package org.vigie.extract.html;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.vigie.extract.DecodedText;
import org.vigie.extract.TextDecoder;
import org.vigie.model.Article;
import org.vigie.model.ArticleIds;
import org.vigie.model.ArticleMetadata;
import org.vigie.model.Block;
import org.vigie.model.RawDocument;
import org.vigie.pipeline.FailureCause;
import org.vigie.pipeline.Outcome;
import org.vigie.pipeline.Stage;

/**
 * The extract stage for web pages: bytes, HTTP headers and URL in, an {@link Article} out.
 *
 * <ol>
 *   <li>Decode: HTTP charset, byte-order mark, {@code <meta>} charset, then detection ({@link
 *       HtmlCharsets}, {@link TextDecoder}).
 *   <li>Parse with jsoup, the page cut at {@link #MAX_BYTES} and its nesting at {@link #MAX_DEPTH}.
 *   <li>Metadata from JSON-LD, OpenGraph, {@code <meta>}, microdata, printed bylines and dates and
 *       the URL, by the precedence rule of {@link MetadataReader}.
 *   <li>Main content: the page cut into text blocks ({@link BlockCollector}), the container chosen
 *       as the best-scoring subtree ({@link ContentFinder}) and checked against the page's JSON-LD
 *       articleBody when it states one ({@link ArticleBodyHint}), its blocks filtered into body and
 *       captions ({@link BodyAssembler}), with the articleBody's word to keep or drop a block.
 * </ol>
 *
 * <p>Pages with no article (home pages, lists, error pages) fail as {@link
 * FailureCause#NOT_AN_ARTICLE} with the reason. Thread-safe and stateless: every call works on its
 * own parse.
 */
public final class HtmlExtractor implements Stage<RawDocument, Article> {
  /** Bytes of a page that are read; the rest of a larger page is ignored, as articles come early. */
  public static final int MAX_BYTES = 8 << 20;
  /** Element nesting kept by the parser; deeper elements are attached at this depth. */
  public static final int MAX_DEPTH = 256;
  /**
   * Below this much body text, among many links, a page that does not declare itself an article
   * is not one (home pages and lists have short blurbs among their links).
   */
  private static final int MIN_BODY_CHARS = 250;
  /** A page with this many characters of links per character of body text is a list of links. */
  private static final int LINKS_PER_BODY_CHAR = 3;

  private final TextDecoder decoder = new TextDecoder();

  @Override
  public String name() {
    return "extract";
  }

  @Override
  public Outcome<Article> apply(RawDocument raw) {
    byte[] content = raw.content().length > MAX_BYTES ? cut(raw.content()) : raw.content();
    return switch (decoder.decode(content, HtmlCharsets.declared(raw))) {
      case Outcome.Failed<DecodedText> failed -> Outcome.failed(failed.cause(), failed.message());
      case Outcome.Done<DecodedText> done -> extract(raw, done.value().text());
    };
  }

  /** Extracts from already decoded markup. */
  public Outcome<Article> extract(RawDocument raw, String html) {
    if (html.isBlank()) {
      return Outcome.failed(FailureCause.EMPTY, "the page holds only white space");
    }
    String baseUri = raw.url().map(URI::toString).orElse("");
    Document document = Jsoup.parse(html, baseUri, Parser.htmlParser().setMaxDepth(MAX_DEPTH));
    Element body = document.body();
    if (body == null) {
      return Outcome.failed(FailureCause.NOT_AN_ARTICLE, "the page has no body");
    }
    PageIndex page = PageIndex.of(document);
    PageMetadata metadata = MetadataReader.read(page, raw.url(), raw.header("Content-Language"));

    NameHints hints = new NameHints();
    List<TextBlock> blocks = BlockCollector.collect(body, hints);
    ContentFinder finder = new ContentFinder(body, page.all, hints);
    Optional<ArticleBodyHint> hint = ArticleBodyHint.of(metadata.articleBody());
    ContentFinder.Found scored = finder.find(blocks);
    ContentFinder.Found found = hint.map(h -> finder.confirm(scored, blocks, h)).orElse(scored);
    BodyAssembler.Assembled assembled = new BodyAssembler(finder).assemble(found, metadata, hint);

    List<Block> bodyBlocks = assembled.body();
    if (bodyBlocks.isEmpty()) {
      return Outcome.failed(FailureCause.NOT_AN_ARTICLE, "no paragraph of prose found in the page");
    }
    int chars = bodyBlocks.stream().mapToInt(b -> b.text().length()).sum();
    int linkChars = blocks.stream().mapToInt(TextBlock::linkChars).sum();
    if (chars < MIN_BODY_CHARS && !metadata.declaresArticle() && linkChars > LINKS_PER_BODY_CHAR * chars) {
      return Outcome.failed(FailureCause.NOT_AN_ARTICLE, "only " + chars + " characters of body text among "
          + linkChars + " of links, and the page does not declare an article: a list or a home page");
    }
    String title = metadata.title().orElseGet(() -> fallbackTitle(bodyBlocks));
    String hash = ArticleIds.contentHash(title, bodyBlocks);
    Optional<String> url = metadata.canonicalUrl().filter(HtmlExtractor::isArticleUrl)
        .or(() -> raw.url().map(URI::toString));
    ArticleMetadata stated = new ArticleMetadata(metadata.modified(), metadata.siteName(), metadata.description(),
        metadata.image(), metadata.authors());
    return Outcome.done(new Article(ArticleIds.of(url, hash), url, raw.location().toString(),
        raw.source().or(metadata::siteName), metadata.section(), title, metadata.byline(), metadata.published(),
        metadata.language(), bodyBlocks, assembled.captions(), metadata.tags(), hash, stated));
  }

  /**
   * The article body as the Zyte benchmark defines {@code articleBody}: the body blocks, one a
   * line, without headline, byline or captions.
   */
  public static String bodyText(Article article) {
    return article.body().stream().map(Block::text).collect(Collectors.joining("\n"));
  }

  /** A canonical URL names an article, not a site's home page (a common misconfiguration). */
  private static boolean isArticleUrl(String url) {
    try {
      String path = URI.create(url).getPath();
      return path != null && path.length() > 1;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static String fallbackTitle(List<Block> body) {
    String first = body.getFirst().text();
    String[] words = first.split(" ");
    return words.length <= 12 ? first : String.join(" ", Arrays.copyOf(words, 12)) + " …";
  }

  /** The first {@link #MAX_BYTES} bytes, not ending inside a UTF-8 sequence. */
  private static byte[] cut(byte[] content) {
    int end = MAX_BYTES;
    while (end > MAX_BYTES - 4 && (content[end] & 0xC0) == 0x80) {
      end--;
    }
    return Arrays.copyOf(content, end);
  }
}
