package org.vigie.spark;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.vigie.ingest.StandardPipeline;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.pipeline.Pipeline;

/**
 * The pipeline of each executor JVM, built on first use and then shared by all its tasks and
 * threads: the language models take seconds and hundreds of megabytes to load, which must happen
 * once per executor, not once per record or per task. Keyed by the settings, so that jobs with other
 * settings in the same JVM (tests, a notebook) get their own.
 */
final class ExecutorPipelines {
  private static final Map<JobSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  private ExecutorPipelines() {}

  static Pipeline of(JobSettings settings) {
    return PIPELINES.computeIfAbsent(settings,
        s -> StandardPipeline.create(s.clock(), LanguageIdentifier.forOption(s.languages())));
  }
}
