package org.vigie.app.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the server sends: status, media type, bytes, and the headers particular to this answer. */
record Response(int status, String contentType, byte[] body, List<Header> headers) {
  record Header(String name, String value) {}

  Response {
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(body, "body");
    headers = List.copyOf(headers);
  }

  static Response of(int status, String contentType, String body) {
    return new Response(status, contentType, body.getBytes(StandardCharsets.UTF_8), List.of());
  }

  static Response html(int status, Html.Safe page) {
    return of(status, "text/html; charset=utf-8", page.html());
  }

  Response withHeader(String name, String value) {
    List<Header> more = new ArrayList<>(headers);
    more.add(new Header(name, value));
    return new Response(status, contentType, body, more);
  }
}
