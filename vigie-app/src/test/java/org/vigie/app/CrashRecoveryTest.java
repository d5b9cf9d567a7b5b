package org.vigie.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigie.store.ArticleStore;
import org.vigie.store.DataDirectory;

/**
 * Kills {@code vigie ingest} with SIGKILL half-way, in a child JVM, then runs it again: the index
 * must open, hold every document exactly once, and keep every document a commit line reported.
 */
class CrashRecoveryTest {
  private static final int DOCUMENTS = 400;
  /** Kill once this many documents are reported durable: well before the end, well after the start. */
  private static final int KILL_AFTER = 40;
  /** "ingest: 45 documents processed; committed 45: ingested 45 (added 45, ..." */
  private static final Pattern COMMITTED = Pattern.compile("^ingest: \\d+ documents processed; committed \\d+: ingested (\\d+) ");
  private static final String END_OF_OUTPUT = "\u0000end";

  @TempDir
  Path temp;

  @Test
  void ingest_killedHalfWayThenRunAgain_storesEveryDocumentOnceAndLosesNoneReportedCommitted() throws Exception {
    Path input = Fixtures.generatedArticles(temp.resolve("in"), DOCUMENTS);
    Path data = temp.resolve("data");

    Process child = startIngest(data, input);
    BlockingQueue<String> stderr = linesOf(child);
    long reportedDurable = 0;
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (reportedDurable < KILL_AFTER) {
      String line = stderr.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
      assertThat(line).as("the child stopped reporting before %d documents were committed", KILL_AFTER)
          .isNotNull().isNotEqualTo(END_OF_OUTPUT);
      reportedDurable = Math.max(reportedDurable, durable(line));
    }
    assertThat(child.isAlive()).as("ingest finished before it could be killed; give it more documents").isTrue();
    child.destroyForcibly();
    assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    // Lines printed between the decision and the kill were printed after their commit too.
    for (String line = stderr.poll(10, TimeUnit.SECONDS); line != null && !line.equals(END_OF_OUTPUT);
        line = stderr.poll(10, TimeUnit.SECONDS)) {
      reportedDurable = Math.max(reportedDurable, durable(line));
    }

    long afterKill;
    try (ArticleStore store = ArticleStore.openForReading(new DataDirectory(data))) {
      afterKill = store.articleCount();
    }
    assertThat(afterKill).as("articles stored after the kill").isGreaterThanOrEqualTo(reportedDurable)
        .isLessThan(DOCUMENTS);

    Cli.Result again = Cli.ingest(data, input);

    assertThat(again.exitCode()).isZero();
    assertThat(again.outLines()).containsExactly("ingested " + (DOCUMENTS - afterKill) + " (added "
        + (DOCUMENTS - afterKill) + ", updated 0), duplicates " + afterKill + ", failed 0");
    try (ArticleStore store = ArticleStore.openForReading(new DataDirectory(data))) {
      assertThat(store.articleCount()).isEqualTo(DOCUMENTS);
      assertThat(store.failures()).isEmpty();
    }
  }

  private static long durable(String line) {
    Matcher matcher = COMMITTED.matcher(line);
    return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
  }

  /** {@code vigie ingest} in a child JVM on this test's class path, one thread, a commit every 5 documents. */
  private Process startIngest(Path data, Path input) throws IOException {
    String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = List.of(javaBinary, "-Xmx1g", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
        VigieCommand.class.getName(), "--data", data.toString(), "ingest", "--languages", "fr,en", "--threads", "1",
        "--commit-every", "5", input.toString());
    Process child = new ProcessBuilder(command).redirectOutput(temp.resolve("child-stdout.txt").toFile()).start();
    child.getOutputStream().close();
    return child;
  }

  /** The child's standard error line by line, read on a thread so that the child never blocks on a full pipe. */
  private static BlockingQueue<String> linesOf(Process child) {
    BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    Thread.ofPlatform().daemon().name("child-stderr").start(() -> {
      try (BufferedReader reader = new BufferedReader(new InputStreamReader(child.getErrorStream(), StandardCharsets.UTF_8))) {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          lines.add(line);
        }
      } catch (IOException e) {
        // The child was killed mid-line: what was read is what it reported.
      } finally {
        lines.add(END_OF_OUTPUT);
      }
    });
    return lines;
  }
}
