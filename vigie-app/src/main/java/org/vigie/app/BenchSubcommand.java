package org.vigie.app;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A {@code vigie bench} measurement: it prints its report on the command's standard output. */
abstract class BenchSubcommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  /** A benchmark run that prints its report. */
  @FunctionalInterface
  interface Measurement {
    void runAndPrint(PrintStream report) throws Exception;
  }

  /**
   * What every measurement does: checks that its input is there as {@code present} says (a folder,
   * a file), else the command was misused ("no {@code expected} at {@code input}"); then runs and
   * prints the report on the command's output.
   */
  final Integer measure(Path input, Predicate<Path> present, String expected, Measurement measurement)
      throws Exception {
    if (!present.test(input)) {
      throw CommandFailure.badUsage("no " + expected + " at " + input, null);
    }
    measurement.runAndPrint(printStream());
    return 0;
  }

  /** The command's output as the print stream the benchmarks write to. */
  PrintStream printStream() {
    return new PrintStream(new Utf8WriterStream(spec.commandLine().getOut()), true, StandardCharsets.UTF_8);
  }

  /** Bytes to a writer, decoded as UTF-8 at each flush up to the last complete character. */
  private static final class Utf8WriterStream extends OutputStream {
    private final PrintWriter writer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    Utf8WriterStream(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      pending.write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      pending.write(bytes, offset, length);
    }

    @Override
    public void flush() {
      byte[] bytes = pending.toByteArray();
      int end = bytes.length;
      // Step back over a character cut in the middle: continuation bytes and the lead byte before them.
      int back = end - 1;
      while (back >= 0 && back > end - 4 && (bytes[back] & 0xC0) == 0x80) {
        back--;
      }
      if (back >= 0 && (bytes[back] & 0x80) != 0) {
        int lead = bytes[back] & 0xFF;
        int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
        if (end - back < need) {
          end = back;
        }
      }
      writer.write(new String(bytes, 0, end, StandardCharsets.UTF_8));
      writer.flush();
      pending.reset();
      pending.write(bytes, end, bytes.length - end);
    }
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
