package org.vigie.bench;

import java.util.Optional;

/** The metadata a test page's {@code expected-metadata.json} states; absent or null fields are empty. */
public record ExpectedMetadata(
    Optional<String> title,
    Optional<String> byline,
    Optional<String> language,
    Optional<String> siteName,
    Optional<String> publishedTime) {}
