package org.vigie.app;

import java.time.InstantSource;
import org.vigie.corenlp.CoreNlpNameRecognizer;
import org.vigie.entities.EntityRegistry;
import org.vigie.entities.NameRecognizer;
import org.vigie.ingest.IngestOptions;
import org.vigie.ingest.StandardPipeline;
import org.vigie.pipeline.Pipeline;
import org.vigie.store.DataDirectory;
import org.vigie.lang.LanguageIdentifier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The options that tune an ingest run, shared by {@code ingest} and {@code run}. */
final class IngestSettings {
  private static final long BYTES_PER_MB = 1_000_000L;

  @Option(names = "--max-document-mb", paramLabel = "MB", defaultValue = "16",
      description = "largest document read, in megabytes after decompression; larger ones are recorded as failed"
          + " (default: ${DEFAULT-VALUE})")
  private long maxDocumentMb;

  @Option(names = "--threads", paramLabel = "N",
      description = "documents processed at once (default: the number of processors)")
  private Integer threads;

  @Option(names = "--languages", paramLabel = "CODES|all|all-precise", defaultValue = "all",
      converter = LanguagesConverter.class,
      description = "languages to tell apart: ISO 639-1 codes (fr,en), 'all' (75 languages, fast, 60 MB) or"
          + " 'all-precise' (75 languages, slower to start, 1.1 GB) (default: ${DEFAULT-VALUE})")
  private LanguageIdentifier languages;

  @Option(names = "--no-entities",
      description = "skip name recognition: no mentions or entities, and no name models to load (the French one"
          + " takes about 1 GB)")
  private boolean noEntities;

  @Option(names = "--commit-every", paramLabel = "N",
      description = "make work durable after this many documents (and at least every few seconds)"
          + " (default: 500)")
  private Integer commitEvery;

  IngestOptions options() {
    if (maxDocumentMb < 1) {
      throw CommandFailure.badUsage("--max-document-mb must be at least 1", null);
    }
    IngestOptions options = IngestOptions.defaults().withMaxDocumentBytes(Math.multiplyExact(maxDocumentMb, BYTES_PER_MB));
    if (threads != null) {
      options = options.withThreads(positive(threads, "--threads"));
    }
    if (commitEvery != null) {
      options = options.withCommitEvery(positive(commitEvery, "--commit-every"));
    }
    return options;
  }

  LanguageIdentifier languages() {
    return languages;
  }

  /** The pipeline of an ingest run, with the CoreNLP recogniser unless names are skipped. */
  Pipeline pipeline(InstantSource clock, DataDirectory data, EntityRegistry registry) {
    NameRecognizer names = noEntities ? NameRecognizer.NONE : CoreNlpNameRecognizer.shared();
    return StandardPipeline.create(clock, languages, Gazetteers.forData(data), names, registry);
  }

  private static int positive(int value, String option) {
    if (value < 1) {
      throw CommandFailure.badUsage(option + " must be at least 1", null);
    }
    return value;
  }

  /** "all" or a comma-separated list of codes; an unknown code is bad usage, reported before any work. */
  static final class LanguagesConverter implements ITypeConverter<LanguageIdentifier> {
    @Override
    public LanguageIdentifier convert(String value) {
      try {
        return LanguageIdentifier.forOption(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
