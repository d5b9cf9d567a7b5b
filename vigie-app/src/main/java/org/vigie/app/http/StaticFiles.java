package org.vigie.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

/** The few files pages load from this server: the stylesheet. Named one by one, so no path can reach other resources. */
final class StaticFiles {
  private static final Map<String, String> FILES = Map.of("/static/vigie.css", "text/css; charset=utf-8");

  private StaticFiles() {}

  static Response answer(String path) throws IOException {
    String type = FILES.get(path);
    if (type == null) {
      throw ApiException.notFound("no such file: " + path);
    }
    try (InputStream in = StaticFiles.class.getResourceAsStream(path.substring(1))) {
      if (in == null) {
        throw new IOException(path + " is missing from the build");
      }
      return new Response(200, type, in.readAllBytes(), List.of())
          .withHeader("Cache-Control", "public, max-age=3600");
    }
  }
}
