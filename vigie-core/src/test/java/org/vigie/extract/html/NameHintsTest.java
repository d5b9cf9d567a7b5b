package org.vigie.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class NameHintsTest {
  private final NameHints hints = new NameHints();

  private Element element(String html) {
    return Jsoup.parseBodyFragment(html).body().child(0);
  }

  @Test
  void words_splitAtPunctuationAndCamelCase() {
    assertThat(NameHints.words("relatedStories article__body-text")).containsExactly("related", "stories", "article",
        "body", "text");
  }

  @Test
  void weight_furnitureNegative_articleBodyPositive() {
    assertThat(hints.weight(element("<div class='comment-list'></div>"))).isNegative();
    assertThat(hints.weight(element("<div class='shareBar'></div>"))).isNegative();
    assertThat(hints.weight(element("<div itemprop='articleBody'></div>"))).isEqualTo(NameHints.ARTICLE_BODY);
    assertThat(hints.weight(element("<div class='story-body'></div>"))).isEqualTo(NameHints.ARTICLE_BODY);
    assertThat(hints.weight(element("<div class='x1 y2'></div>"))).isZero();
  }

  @Test
  void weight_mixedNames_strongestOfEachSide() {
    assertThat(hints.weight(element("<div class='article-comments'></div>")))
        .isEqualTo(NameHints.BOILERPLATE + NameHints.CONTENT);
  }

  @Test
  void weight_commentaryIsNotComment() {
    assertThat(hints.weight(element("<div class='commentary'></div>"))).isZero();
  }

  @Test
  void isInvisible_screenReaderAndHiddenClasses() {
    assertThat(hints.isInvisible(element("<span class='sr-only'></span>"))).isTrue();
    assertThat(hints.isInvisible(element("<span class='hidden'></span>"))).isTrue();
    assertThat(hints.isInvisible(element("<span class='hidden-xs'></span>"))).isFalse();
  }

  @Test
  void isInvisible_hoverCardHidden_linkItHangsOnVisible() {
    assertThat(hints.isInvisible(element("<span class='rollover-people-block'></span>"))).isTrue();
    assertThat(hints.isInvisible(element("<span class='rollover-people'></span>"))).isFalse();
    assertThat(hints.isInvisible(element("<a class='rollover-people-link'></a>"))).isFalse();
  }

  @Test
  void isCaption_captionAndCreditNames() {
    assertThat(hints.isCaption(element("<div class='image-caption'></div>"))).isTrue();
    assertThat(hints.isCaption(element("<span class='photoCredit'></span>"))).isTrue();
    assertThat(hints.isCaption(element("<div class='captivating'></div>"))).isFalse();
  }
}
