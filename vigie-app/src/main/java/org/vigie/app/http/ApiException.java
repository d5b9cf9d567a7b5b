package org.vigie.app.http;

import java.util.ArrayList;
import java.util.List;

/** A request answered with an error status; the message goes to the client as is. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final int status;
  private final List<Response.Header> headers;

  ApiException(int status, String message) {
    this(status, message, List.of());
  }

  private ApiException(int status, String message, List<Response.Header> headers) {
    super(message);
    this.status = status;
    this.headers = List.copyOf(headers);
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  static ApiException notFound(String message) {
    return new ApiException(404, message);
  }

  /** The same error with one more header for the answer (Allow, WWW-Authenticate). */
  ApiException withHeader(String name, String value) {
    List<Response.Header> more = new ArrayList<>(headers);
    more.add(new Response.Header(name, value));
    return new ApiException(status, getMessage(), more);
  }

  int status() {
    return status;
  }

  List<Response.Header> headers() {
    return headers;
  }
}
