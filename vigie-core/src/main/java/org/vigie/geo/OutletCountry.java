package org.vigie.geo;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The country of an outlet, from its web address's country-code top-level domain (".fr", ".co.uk"). */
public final class OutletCountry {
  /** Country codes that sites use for their sound rather than their country. */
  private static final Set<String> VANITY = Set.of("co", "io", "tv", "me", "fm", "ly", "ai", "gg", "to", "ws", "cc",
      "eu", "su", "am", "la", "nu", "tk", "ag", "vc", "sh", "ac");

  private OutletCountry() {}

  public static Optional<String> of(Optional<String> url) {
    return url.flatMap(OutletCountry::ofUrl);
  }

  private static Optional<String> ofUrl(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return Optional.empty();
      }
      String tld = host.substring(host.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      if (tld.length() != 2 || VANITY.contains(tld)) {
        return Optional.empty();
      }
      return Optional.of(tld.equals("uk") ? "GB" : tld.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
