package org.vigie.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.util.concurrent.CountDownLatch;
import org.vigie.app.http.ApiServer;
import org.vigie.app.http.ServerOptions;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

/**
 * Serves the API until the process is stopped (Ctrl-C, SIGTERM) or the calling thread is
 * interrupted, then closes the server and the store.
 */
final class Serving {
  private Serving() {}

  static void serveUntilStopped(DataDirectory data, ServerAddress address, ServerOptions options, PrintWriter out)
      throws IOException {
    ArticleStore store = Stores.openForServing(data);
    ApiServer server = new ApiServer(store, address.socketAddress(), options);
    CountDownLatch stopped = new CountDownLatch(1);
    // The JVM halts once its shutdown hooks return, so the hook itself closes what is open.
    Thread hook = new Thread(() -> {
      close(server, store);
      stopped.countDown();
    }, "vigie-serve-shutdown");
    try {
      int port = start(server, address);
      Runtime.getRuntime().addShutdownHook(hook);
      out.println("Vigie API on http://" + hostForUrl(address.host()) + ":" + port + "/api/health, data in "
          + data.root() + " (Ctrl-C to stop)");
      out.println("web pages on http://" + hostForUrl(address.host()) + ":" + port + "/"
          + (options.apiToken().isPresent() ? "; write operations need the API token" : ""));
      out.flush();
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      Runtime.getRuntime().removeShutdownHook(hook);
    } finally {
      close(server, store);
    }
  }

  /** Starts the server, or fails with a sentence that says which address is taken and what to do. */
  static int start(ApiServer server, ServerAddress address) throws IOException {
    try {
      return server.start();
    } catch (BindException e) {
      throw CommandFailure.failed("cannot listen on " + address.host() + ":" + address.socketAddress().getPort()
          + " (" + e.getMessage() + "); choose another port with --port", e);
    }
  }

  static String hostForUrl(String host) {
    return host.contains(":") ? "[" + host + "]" : host;
  }

  private static void close(ApiServer server, ArticleStore store) {
    server.close();
    try {
      store.close();
    } catch (IOException | RuntimeException e) {
      // Closing a reader cannot lose data; nothing to tell the user while stopping.
    }
  }
}
