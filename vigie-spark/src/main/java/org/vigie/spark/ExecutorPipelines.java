package org.vigie.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.vigie.corenlp.CoreNlpNameRecognizer;
import org.vigie.entities.EntityRegistry;
import org.vigie.geo.Gazetteer;
import org.vigie.ingest.StandardPipeline;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.pipeline.Pipeline;

/**
 * The pipeline of each executor JVM, built on first use and then shared by all its tasks and
 * threads: the language models and the gazetteer take seconds and hundreds of megabytes to load,
 * which must happen once per executor, not once per record or per task. Keyed by the settings, so that jobs with other
 * settings in the same JVM (tests, a notebook) get their own.
 */
final class ExecutorPipelines {
  private static final Map<JobSettings, Pipeline> PIPELINES = new ConcurrentHashMap<>();

  private ExecutorPipelines() {}

  static Pipeline of(JobSettings settings, Configuration conf) {
    // The same stages as 'vigie ingest', names included. Entity ids follow from names, so an
    // executor's own registry gives the ids a single-machine run gives.
    return PIPELINES.computeIfAbsent(settings, s -> StandardPipeline.create(s.clock(),
        LanguageIdentifier.forOption(s.languages()), gazetteer(s, conf), CoreNlpNameRecognizer.shared(),
        EntityRegistry.inMemory()));
  }

  private static Gazetteer gazetteer(JobSettings settings, Configuration conf) {
    if (settings.gazetteer() == null) {
      return Gazetteer.bundled();
    }
    Path path = new Path(settings.gazetteer());
    try (InputStream in = path.getFileSystem(conf).open(path)) {
      return Gazetteer.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the gazetteer " + settings.gazetteer(), e);
    }
  }
}
