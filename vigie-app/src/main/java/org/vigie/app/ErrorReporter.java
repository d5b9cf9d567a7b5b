package org.vigie.app;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every error into one sentence on standard error and an exit code: 2 for bad usage, 1 for a
 * command that failed. Stack traces only with {@code --verbose}, since users act on the sentence
 * and developers ask for the trace.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {
  private final VigieCommand root;

  ErrorReporter(VigieCommand root) {
    this.root = root;
  }

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(command.getCommandName() + ": " + e.getMessage());
    if (!CommandLine.UnmatchedArgumentException.printSuggestions(e, err)) {
      err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
    }
    err.flush();
    return CommandFailure.BAD_USAGE;
  }

  @Override
  public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    int exitCode = switch (e) {
      case CommandFailure failure -> failure.exitCode();
      default -> CommandFailure.FAILED;
    };
    err.println(command.getCommandName() + ": " + sentence(e));
    if (root.verbose()) {
      e.printStackTrace(err);
    }
    err.flush();
    return exitCode;
  }

  /** What went wrong, in words: the message of a failure we raised, or a description of an I/O error. */
  static String sentence(Throwable e) {
    return switch (e) {
      case CommandFailure failure -> failure.getMessage();
      case UncheckedIOException unchecked -> sentence(unchecked.getCause());
      case FileSystemException fs -> describe(fs);
      case IOException io when io.getMessage() != null -> io.getMessage();
      default -> "internal error (" + e + "); run again with --verbose for details";
    };
  }

  /** "NotDirectoryException: /x/index" says little; "/x/index: not a directory" says what to fix. */
  private static String describe(FileSystemException e) {
    String reason = e.getReason() != null ? e.getReason() : switch (e) {
      case java.nio.file.AccessDeniedException denied -> "permission denied";
      case java.nio.file.NotDirectoryException notDir -> "not a directory";
      case java.nio.file.NoSuchFileException missing -> "no such file or directory";
      case java.nio.file.FileAlreadyExistsException exists -> "already exists";
      default -> e.getClass().getSimpleName();
    };
    return e.getFile() == null ? reason : e.getFile() + ": " + reason;
  }
}
