package org.vigie.app;

import java.net.InetSocketAddress;
import picocli.CommandLine.Option;

/** Where the API listens, shared by {@code serve} and {@code run}. Loopback by default: nothing is exposed unasked. */
final class ServerAddress {
  @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
      description = "port to listen on, 0 for any free port (default: ${DEFAULT-VALUE})")
  private int port;

  @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
      description = "address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE})")
  private String host;

  InetSocketAddress socketAddress() {
    if (port < 0 || port > 65535) {
      throw CommandFailure.badUsage("--port must be from 0 to 65535, not " + port, null);
    }
    InetSocketAddress address = new InetSocketAddress(host, port);
    if (address.isUnresolved()) {
      throw CommandFailure.badUsage("--host " + host + " is not an address of this machine", null);
    }
    return address;
  }

  String host() {
    return host;
  }
}
