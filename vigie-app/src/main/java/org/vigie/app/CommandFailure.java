package org.vigie.app;

/**
 * A failure the user can act on. Its message is the one sentence printed on standard error; its
 * exit code says whether the command failed (1) or was asked for something it cannot do (2).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;
  static final int FAILED = 1;
  static final int BAD_USAGE = 2;

  private final int exitCode;

  private CommandFailure(int exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  static CommandFailure failed(String message) {
    return new CommandFailure(FAILED, message, null);
  }

  static CommandFailure failed(String message, Throwable cause) {
    return new CommandFailure(FAILED, message, cause);
  }

  static CommandFailure badUsage(String message, Throwable cause) {
    return new CommandFailure(BAD_USAGE, message, cause);
  }

  int exitCode() {
    return exitCode;
  }
}
