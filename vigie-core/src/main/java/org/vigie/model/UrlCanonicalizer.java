package org.vigie.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The one form of a URL under which an article is stored, so that the same article reached from a
 * feed, a share link and a sitemap is stored once: scheme and host in lower case, no default port,
 * no fragment, and no tracking parameters (campaign tags of analytics and ad platforms, which name
 * where a reader came from, not what they read). Parameters that select content are kept, in order.
 */
public final class UrlCanonicalizer {
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "gclsrc", "msclkid", "yclid",
      "mc_cid", "mc_eid", "igshid", "_ga", "_gl", "xtor", "at_medium", "at_campaign", "at_source", "at_content",
      "ref_src", "ref_url", "cmpid", "ncid", "ocid", "smid", "sr_share", "ito", "wt_mc", "wt.mc_id", "spm",
      "share", "s_cid", "cid_source", "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "mbid",
      "rss", "from_rss", "outputtype", "__twitter_impression", "guccounter", "guce_referrer", "guce_referrer_sig");
  private static final List<String> TRACKING_PREFIXES = List.of("utm_", "pk_", "mtm_", "hsa_", "oly_", "vero_");

  private UrlCanonicalizer() {}

  public static URI canonical(URI url) {
    if (url.getScheme() == null || url.getRawAuthority() == null) {
      return url;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    String host = url.getHost() == null ? null : url.getHost().toLowerCase(Locale.ROOT);
    int port = url.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
    String query = keptQuery(url.getRawQuery()).orElse(null);
    if (host == null) {
      return url;
    }
    StringBuilder text = new StringBuilder(scheme).append("://");
    if (url.getRawUserInfo() != null) {
      text.append(url.getRawUserInfo()).append('@');
    }
    text.append(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host);
    if (port >= 0) {
      text.append(':').append(port);
    }
    text.append(path);
    if (query != null) {
      text.append('?').append(query);
    }
    try {
      return new URI(text.toString()).normalize();
    } catch (URISyntaxException e) {
      return url;
    }
  }

  public static String canonical(String url) {
    try {
      return canonical(new URI(url.strip())).toString();
    } catch (URISyntaxException e) {
      return url.strip();
    }
  }

  private static Optional<String> keptQuery(String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.empty();
    }
    List<String> kept = new ArrayList<>();
    for (String parameter : rawQuery.split("&")) {
      if (parameter.isEmpty()) {
        continue;
      }
      String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
      if (TRACKING.contains(name) || TRACKING_PREFIXES.stream().anyMatch(name::startsWith)) {
        continue;
      }
      kept.add(parameter);
    }
    return kept.isEmpty() ? Optional.empty() : Optional.of(String.join("&", kept));
  }
}
