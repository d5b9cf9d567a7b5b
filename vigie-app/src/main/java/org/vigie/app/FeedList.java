package org.vigie.app;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.feed.Listing;
import org.vigie.feed.ListingKind;
import org.vigie.feed.ListingReader;
import org.vigie.ingest.web.WebSource;
import org.vigie.pipeline.Outcome;

/**
 * The feeds to follow: an OPML file, or a text file with one feed or sitemap URL a line ({@code #}
 * starts a comment); without a file, the list Vigie ships (French and English, international and
 * regional news).
 */
final class FeedList {
  static final String DEFAULT_RESOURCE = "default-feeds.opml";

  private FeedList() {}

  static List<URI> load(Optional<Path> file) {
    if (file.isEmpty()) {
      try (InputStream in = FeedList.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw CommandFailure.failed("the default feed list is missing from this build of Vigie");
        }
        return parse(in.readAllBytes(), "the default feed list");
      } catch (IOException e) {
        throw CommandFailure.failed("cannot read the default feed list: " + e.getMessage(), e);
      }
    }
    try {
      return parse(Files.readAllBytes(file.get()), file.get().toString());
    } catch (IOException e) {
      throw CommandFailure.failed("cannot read the feed list " + file.get() + ": " + ErrorReporter.sentence(e), e);
    }
  }

  static List<URI> parse(byte[] content, String name) {
    Outcome<Listing> listing = new ListingReader().read(content, URI.create("file:///"));
    if (listing instanceof Outcome.Done<Listing> done && done.value().kind() == ListingKind.OPML) {
      return done.value().lists();
    }
    List<URI> feeds = new ArrayList<>();
    int number = 0;
    for (String line : new String(content, StandardCharsets.UTF_8).split("\r?\n")) {
      number++;
      String text = line.contains("#") ? line.substring(0, line.indexOf('#')) : line;
      text = text.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (!WebSource.isUrl(text)) {
        throw CommandFailure.badUsage(name + ", line " + number + ": \"" + text + "\" is not an http(s) URL", null);
      }
      try {
        feeds.add(new URI(text));
      } catch (java.net.URISyntaxException e) {
        throw CommandFailure.badUsage(name + ", line " + number + ": " + e.getMessage(), e);
      }
    }
    if (feeds.isEmpty()) {
      throw CommandFailure.badUsage(name + " lists no feeds", null);
    }
    return feeds;
  }
}
