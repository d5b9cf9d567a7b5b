package org.vigie.fetch;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Keeps the fetcher off addresses a public crawler has no business with: loopback, private
 * (RFC 1918, RFC 4193 unique local), link-local, carrier-grade NAT (RFC 6598), unspecified and
 * multicast. A feed on the web must not be able to make Vigie probe the user's own network.
 */
public final class AddressGuard {
  private final boolean allowPrivate;

  public AddressGuard(boolean allowPrivate) {
    this.allowPrivate = allowPrivate;
  }

  /** Why the URL may not be fetched, or empty when it may. */
  public Optional<String> refusal(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("only http and https URLs are fetched, not " + (scheme.isEmpty() ? "relative URLs" : scheme));
    }
    String host = url.getHost();
    if (host == null || host.isBlank()) {
      return Optional.of("the URL has no host");
    }
    if (allowPrivate) {
      return Optional.empty();
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (isPrivate(address)) {
          return Optional.of(host + " resolves to " + address.getHostAddress()
              + ", a private or local address; allow it with --allow-private-network");
        }
      }
    } catch (UnknownHostException e) {
      return Optional.of("unknown host " + host);
    }
    return Optional.empty();
  }

  static boolean isPrivate(InetAddress address) {
    if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
        || address.isAnyLocalAddress() || address.isMulticastAddress()) {
      return true;
    }
    byte[] bytes = address.getAddress();
    if (address instanceof Inet6Address) {
      return (bytes[0] & 0xFE) == 0xFC;
    }
    int first = bytes[0] & 0xFF;
    int second = bytes[1] & 0xFF;
    return first == 0 || (first == 100 && second >= 64 && second <= 127) || (first == 169 && second == 254);
  }
}
