package org.vigie.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Mozilla Readability.js on the same pages, through the project's baseline script ({@code
 * shared/tools/baselines/readability.mjs}, which needs Node.js and the modules its header names),
 * so that one benchmark run reports both extractors side by side. Its speed is the script's own
 * extraction time (Node start-up excluded); its quality is scored with the same metric.
 */
public final class ReadabilityBaseline {
  private static final Pattern SUMMARY = Pattern.compile("(\\d+) pages, (\\d+) errors, (\\d+) ms total");
  private static final long TIMEOUT_MINUTES = 30;

  /** What the baseline achieved, or why it could not run. */
  public record Result(Optional<ZyteScore.Summary> score, double perSecond, Optional<String> problem) {
    static Result failed(String problem) {
      return new Result(Optional.empty(), 0, Optional.of(problem));
    }
  }

  private ReadabilityBaseline() {}

  public static Result run(Path script, ExtractionDataset dataset) {
    Path out = null;
    try {
      out = Files.createTempDirectory("vigie-readability-");
      List<String> command = new ArrayList<>(List.of("node", script.toString(), "--out-dir", out.toString()));
      dataset.pages().forEach(p -> command.add(p.html().toString()));
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        return Result.failed("Readability.js did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
      double wallSeconds = (System.nanoTime() - start) / 1e9;
      if (process.exitValue() != 0) {
        return Result.failed("Readability.js failed: " + errors.strip().lines().reduce((a, b) -> b).orElse(""));
      }
      Matcher summary = SUMMARY.matcher(errors);
      double seconds = summary.find() ? Long.parseLong(summary.group(3)) / 1000.0 : wallSeconds;
      List<ZyteScore.PageScore> scores = new ArrayList<>();
      for (ExtractionDataset.Page page : dataset.pages()) {
        Path prediction = out.resolve(page.id() + ".txt");
        String text = Files.isRegularFile(prediction) ? Files.readString(prediction, StandardCharsets.UTF_8) : "";
        scores.add(ZyteScore.page(page.id(), page.truth(), text));
      }
      return new Result(Optional.of(ZyteScore.summarise(scores)), dataset.pages().size() / seconds, Optional.empty());
    } catch (IOException e) {
      return Result.failed("Readability.js could not run (" + e.getMessage() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Result.failed("interrupted");
    } finally {
      delete(out);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try {
      ScratchFolder.delete(dir);
    } catch (IOException e) {
      // a temporary folder left behind is harmless
    }
  }
}
