package org.vigie.stories;

/** An article in the clusterer's window: its profile, its story, and how strongly others linked to it. */
final class Member {
  final ArticleProfile profile;
  /** The features under which it is found in the inverted index. */
  final long[] indexed;
  OpenStory story;
  double links;
  /** The profile weighed with the document frequencies of {@link #weighedAt} documents, reused while they hold. */
  Similarity.Weighted weighted;
  long weighedAt;

  Member(ArticleProfile profile, long[] indexed, OpenStory story) {
    this.profile = profile;
    this.indexed = indexed;
    this.story = story;
  }
}
