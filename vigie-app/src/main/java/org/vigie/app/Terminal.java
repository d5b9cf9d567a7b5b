package org.vigie.app;

import java.io.Console;
import java.lang.reflect.Method;

/** Whether the user is watching: decides between a redrawn progress bar and plain log lines. */
final class Terminal {
  private Terminal() {}

  /**
   * True when standard input and output are a terminal. Since JDK 22 {@link System#console()} also
   * returns a console when they are redirected and {@code Console.isTerminal()} tells the
   * difference; Vigie runs on JDK 21 too, where a console exists only for a terminal.
   */
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException e) {
      return false;
    }
  }
}
