package org.vigie.store;

/** A search query that does not parse; its message says where, for the user. */
public final class InvalidQueryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidQueryException(String message, Throwable cause) {
    super(message, cause);
  }
}
