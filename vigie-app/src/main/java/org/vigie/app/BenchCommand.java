package org.vigie.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.vigie.bench.ExtractionBenchmark;
import org.vigie.bench.ClusteringDataset;
import org.vigie.bench.ExtractionDataset;
import org.vigie.bench.NerBenchmark;
import org.vigie.bench.NerDataset;
import org.vigie.bench.GeoDataset;
import org.vigie.bench.PipelineBenchmark;
import org.vigie.bench.PlacesBenchmark;
import org.vigie.bench.QuoteBenchmark;
import org.vigie.bench.ReadabilityBaseline;
import org.vigie.bench.ScratchFolder;
import org.vigie.bench.StoryBenchmark;
import org.vigie.bench.StoryScaleBenchmark;
import org.vigie.bench.TimeBenchmark;
import org.vigie.bench.WarcBenchmark;
import org.vigie.corenlp.CoreNlpNameRecognizer;
import org.vigie.entities.DocumentNames;
import org.vigie.entities.NameRecognizer;
import org.vigie.geo.Gazetteer;
import org.vigie.entities.TokenSentence;
import org.vigie.lang.LanguageIdentifier;
import org.vigie.stories.StoryGrouper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code vigie bench …}: quality and speed measured on real data. Each prints a human-readable
 * report and ends with one line holding a single JSON object of its figures (DESIGN.md section 8).
 */
@Command(name = "bench", sortOptions = false,
    description = "Measure quality and speed on a dataset; the last line printed is one JSON object of the figures.",
    subcommands = {BenchCommand.Extract.class, BenchCommand.Warc.class, BenchCommand.Places.class,
        BenchCommand.Search.class, BenchCommand.Ner.class, BenchCommand.Stories.class, BenchCommand.Time.class,
        BenchCommand.Quotes.class, BenchCommand.PipelineCost.class})
final class BenchCommand extends Subcommand {

  @Override
  public Integer call() {
    err().println("vigie bench: say what to measure: extract, warc, places, search, ner, stories, time, quotes"
        + " or pipeline");
    return CommandFailure.BAD_USAGE;
  }

  /** {@code vigie bench extract DATASET_DIR [--out PRED_DIR] [--pages]}. */
  @Command(name = "extract", sortOptions = false,
      description = {"Run the HTML extractor over a dataset (Zyte benchmark or Mozilla test pages layout) and score it",
          "with the Zyte 4-gram metric; pages per second on one thread, peak heap, and metadata accuracy."})
  static final class Extract extends BenchSubcommand {
    @Parameters(paramLabel = "DATASET_DIR", description = "a dataset directory")
    private Path dataset;

    @Option(names = "--out", paramLabel = "PRED_DIR", description = "write <id>.txt body-only predictions there")
    private Path out;

    @Option(names = "--pages", description = "list every page's precision and recall, worst first")
    private boolean pages;

    @Option(names = "--readability", paramLabel = "SCRIPT",
        description = "also run Readability.js through this baseline script (shared/tools/baselines/readability.mjs,"
            + " needs Node.js) and report both side by side with the speed ratio")
    private Path readability;

    @Override
    public Integer call() throws Exception {
      return measure(dataset, Files::isDirectory, "dataset directory", printed -> {
        ExtractionDataset pagesToRead = ExtractionDataset.open(dataset);
        ExtractionBenchmark.Report report = new ExtractionBenchmark().run(pagesToRead, Optional.ofNullable(out));
        if (readability != null) {
          report = report.withBaseline(ReadabilityBaseline.run(readability, pagesToRead));
        }
        report.print(printed, pages);
      });
    }
  }

  /** {@code vigie bench warc [FILE…] [--pages N] [--dir DIR]}. */
  @Command(name = "warc", sortOptions = false,
      description = {"Decode WARC records into documents (no extraction, no NLP) on one thread: records per second,",
          "and the live heap at each tenth of the file. Without files, writes two synthetic CC-NEWS-like files."})
  static final class Warc extends BenchSubcommand {
    @Parameters(arity = "0..*", paramLabel = "FILE", description = "WARC or WARC.gz files to read")
    private List<Path> files = List.of();

    @Option(names = "--pages", paramLabel = "N", defaultValue = "20000",
        description = "pages in the larger synthetic file (the smaller has a fifth) (default: ${DEFAULT-VALUE})")
    private int pages;

    @Option(names = "--dir", paramLabel = "DIR", description = "where to write synthetic files (default: a temporary"
        + " directory, removed afterwards)")
    private Path dir;

    @Override
    public Integer call() throws Exception {
      List<Path> inputs = new ArrayList<>(files);
      Path temp = null;
      if (inputs.isEmpty()) {
        if (pages < 10) {
          throw CommandFailure.badUsage("--pages must be at least 10", null);
        }
        Path target = dir != null ? Files.createDirectories(dir) : (temp = Files.createTempDirectory("vigie-bench-warc"));
        err().println("writing synthetic WARC files in " + target + " …");
        inputs.add(WarcBenchmark.writeSynthetic(target.resolve("synthetic-small.warc.gz"), pages / 5, 1));
        inputs.add(WarcBenchmark.writeSynthetic(target.resolve("synthetic-large.warc.gz"), pages, 2));
      }
      try {
        new WarcBenchmark().run(inputs).print(printStream());
      } finally {
        if (temp != null) {
          ScratchFolder.delete(temp);
        }
      }
      return 0;
    }
  }

  /** {@code vigie bench ner FILE [--out PRED] [--raw] [--language CODE]}. */
  @Command(name = "ner", sortOptions = false,
      description = {"Recognise names in a gold file (CoNLL-2003 or CoNLL-U style columns with IOB tags, or HIPE TSV)",
          "read as given tokens, document by document; entity-level exact-match precision, recall and F1 per type,",
          "tokens per second on one thread, peak heap."})
  static final class Ner extends BenchSubcommand {
    @Parameters(paramLabel = "FILE", description = "a CoNLL or HIPE file")
    private Path file;

    @Option(names = "--out", paramLabel = "PRED", description = "write 'token TAB gold TAB predicted' lines there")
    private Path out;

    @Option(names = "--raw", description = "also score the bare CoreNLP tagger, side by side")
    private boolean raw;

    @Option(names = "--language", paramLabel = "CODE",
        description = "the file's language, fr or en (default: stated by the file, else identified from its text)")
    private String language;

    @Override
    public Integer call() throws Exception {
      return measure(file, Files::isRegularFile, "file", this::run);
    }

    private void run(java.io.PrintStream printed) throws Exception {
      NerDataset dataset = NerDataset.read(file);
      if (dataset.documents().isEmpty()) {
        throw CommandFailure.badUsage(file + " holds no sentence", null);
      }
      String code = language != null ? language : dataset.language().orElseGet(() -> identify(dataset));
      CoreNlpNameRecognizer tagger = CoreNlpNameRecognizer.shared();
      if (!tagger.languages().contains(code)) {
        throw CommandFailure.badUsage("no name model for language '" + code + "'; there are " + tagger.languages(),
            null);
      }
      err().println("loading the " + code + " name model…");
      err().flush();
      tagger.load(code);
      DocumentNames names = new DocumentNames(tagger);
      // HIPE annotates a person with the titles and roles around the name; CoNLL and WikiNER the name alone.
      DocumentNames.Extent extent = dataset.format() == NerDataset.Format.HIPE
          ? DocumentNames.Extent.NAME_WITH_ROLES : DocumentNames.Extent.NAME;
      NerBenchmark.Tagger vigie = (lang, document) -> names.recognize(lang,
          document.sentences().stream().map(s -> new TokenSentence(s.tokens(), s.spaceAfter())).toList(), extent);
      NerBenchmark.Tagger bare = (lang, document) -> tagger.recognize(lang, document.tokens());
      new NerBenchmark().run(dataset, code, vigie, raw ? Optional.of(bare) : Optional.empty(), Optional.ofNullable(out))
          .print(printed);
    }

    /** The language of the file's first sentences, French or English. */
    private static String identify(NerDataset dataset) {
      String sample = dataset.documents().stream().flatMap(d -> d.sentences().stream()).limit(200)
          .map(s -> String.join(" ", s.tokens())).collect(java.util.stream.Collectors.joining(" "));
      return LanguageIdentifier.of(java.util.Set.of("fr", "en")).detect(sample).orElse("en");
    }
  }

  /** {@code vigie bench search [--articles N] [--queries N] [--corpus DIR] [--dir DIR]}. */
  @Command(name = "search", sortOptions = false,
      description = {"Index many articles made by varying the shared Wikinews corpus (with annotations), then time",
          "searches with facets on one thread: indexing rate, index size, latency p50/p95/p99."})
  static final class Search extends BenchSubcommand {
    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
        description = "articles to index (default: ${DEFAULT-VALUE})")
    private int articles;

    @Option(names = "--queries", paramLabel = "N", defaultValue = "1000",
        description = "searches to time (default: ${DEFAULT-VALUE})")
    private int queries;

    @Option(names = "--corpus", paramLabel = "DIR",
        description = "a directory of Wikinews JSON Lines files (default: ../shared/corpus beside the clone)")
    private Path corpus;

    @Option(names = "--dir", paramLabel = "DIR",
        description = "where to build the index, kept afterwards (default: a temporary directory, removed)")
    private Path dir;

    @Override
    public Integer call() throws Exception {
      if (articles < 1 || queries < 1) {
        throw CommandFailure.badUsage("--articles and --queries must be at least 1", null);
      }
      Path source = corpus != null ? corpus : shared("corpus").orElseThrow(() -> CommandFailure.badUsage(
          "no ../shared/corpus beside this clone; give a directory of Wikinews JSON Lines files with --corpus", null));
      return measure(source, Files::isDirectory, "corpus directory", printed -> {
        Path target = dir != null ? dir : Files.createTempDirectory("vigie-bench-search");
        if (dir != null && Files.exists(dir.resolve("index"))) {
          throw CommandFailure.badUsage(dir + " already holds an index; give an empty directory", null);
        }
        try {
          var sources = org.vigie.bench.SearchBenchmark.sources(source);
          err().println("varying " + sources.size() + " articles of " + source + " into " + articles + " in " + target
              + " …");
          new org.vigie.bench.SearchBenchmark(42).run(sources, target, articles, queries, printed).print(printed);
        } finally {
          if (dir == null) {
            ScratchFolder.delete(target);
          }
        }
      });
    }

  }

  /** {@code vigie bench places DATASET [--gold-spans] [--out FILE]}. */
  @Command(name = "places", sortOptions = false,
      description = {"Resolve the place names of a toponym resolution dataset (LGL or GeoWebNews XML) and score them:",
          "accuracy within 161 km, AUC of the log error, GeoNames-id and country accuracy, recall of the gold",
          "toponyms end to end, names per second, and the gazetteer's load time."})
  static final class Places extends BenchSubcommand {
    @Parameters(paramLabel = "DATASET", description = "a dataset XML file, or a directory holding one")
    private Path dataset;

    @Option(names = "--gold-spans", description = "resolve the gold toponyms only (resolution); default: end to end")
    private boolean goldSpans;

    @Option(names = "--out", paramLabel = "FILE", description = "write one JSON object per resolved name:"
        + " {\"doc\", \"start\", \"end\", \"geonameId\", \"lat\", \"lon\", \"country\"}")
    private Path out;

    @Override
    public Integer call() throws Exception {
      return measure(dataset, Files::exists, "dataset", printed -> {
        GeoDataset data;
        try {
          data = GeoDataset.read(dataset);
        } catch (java.io.IOException e) {
          throw CommandFailure.badUsage(e.getMessage(), e);
        }
        new PlacesBenchmark().run(data, goldSpans, Optional.ofNullable(out)).print(printed);
      });
    }
  }

  /** {@code vigie bench stories FILE.jsonl [--out PRED.jsonl]} or {@code vigie bench stories --generate N}. */
  @Command(name = "stories", sortOptions = false,
      description = {"Deduplicate and cluster a dataset's articles online in date order (file order where undated) and",
          "score the stories with B³ against the gold 'cluster' labels; articles per second and peak heap.",
          "With --generate, stream that many generated articles instead and show that the cost per article stays flat."})
  static final class Stories extends BenchSubcommand {
    @Parameters(arity = "0..1", paramLabel = "FILE.jsonl",
        description = "articles with id, title, text, cluster and optionally date or dct, source")
    private Path file;

    @Option(names = "--out", paramLabel = "PRED.jsonl", description = "write each article's story as {\"id\", \"story\"}")
    private Path out;

    @Option(names = "--generate", paramLabel = "N", description = "stream N generated articles (a scale run)")
    private Long generate;

    @Option(names = "--per-day", paramLabel = "N", defaultValue = "5000",
        description = "generated articles a day (default: ${DEFAULT-VALUE})")
    private int perDay;

    @Override
    public Integer call() throws Exception {
      if (generate != null) {
        if (file != null || generate < 10 || perDay < 1) {
          throw CommandFailure.badUsage("--generate takes at least 10 articles and no FILE", null);
        }
        new StoryScaleBenchmark(StoryGrouper.Settings.defaults()).run(generate, perDay, 7).print(printStream());
        return 0;
      }
      if (file == null) {
        throw CommandFailure.badUsage("say which dataset to cluster (FILE.jsonl) or use --generate N", null);
      }
      return measure(file, Files::isRegularFile, "dataset file", printed -> new StoryBenchmark(
          StoryGrouper.Settings.defaults()).run(ClusteringDataset.read(file), Optional.ofNullable(out)).print(printed));
    }
  }

  /** {@code vigie bench time DIR [--language CODE] [--out FILE] [--errors]}. */
  @Command(name = "time", sortOptions = false,
      description = {"Find and normalise the time expressions of ISO-TimeML files (*.tml), each anchored on its",
          "creation time, and score them: strict and relaxed extent F1, value accuracy on matches, by type."})
  static final class Time extends BenchSubcommand {
    @Parameters(paramLabel = "DIR", description = "a folder of ISO-TimeML files (searched recursively)")
    private Path dir;

    @Option(names = "--language", paramLabel = "CODE", defaultValue = "fr",
        description = "the language of the files' text: fr or en (default: ${DEFAULT-VALUE})")
    private String language;

    @Option(names = "--out", paramLabel = "FILE",
        description = "write one JSON object per expression found: doc, start, end, text, type, value")
    private Path out;

    @Option(names = "--errors", description = "list missed, spurious and wrongly valued expressions first")
    private boolean errors;

    @Override
    public Integer call() throws Exception {
      return measure(dir, Files::isDirectory, "TimeML folder",
          printed -> new TimeBenchmark().run(dir, language, Optional.ofNullable(out)).print(printed, errors));
    }
  }

  /** {@code vigie bench quotes DIR [--out FILE] [--errors]}. */
  @Command(name = "quotes", sortOptions = false,
      description = {"Find quotes and their speakers in a PolNeAR split (text/ and attributions/) and score them:",
          "content overlap precision, recall and F1 and speaker accuracy, for direct quotes and all attributions."})
  static final class Quotes extends BenchSubcommand {
    @Parameters(paramLabel = "DIR", description = "a PolNeAR split folder holding text/ and attributions/")
    private Path dir;

    @Option(names = "--out", paramLabel = "FILE",
        description = "write one JSON object per quote found: doc, start, end, speakerStart, speakerEnd, direct")
    private Path out;

    @Option(names = "--errors", description = "list missed and spurious direct quotes and wrong speakers first")
    private boolean errors;

    @Override
    public Integer call() throws Exception {
      return measure(dir, split -> Files.isDirectory(split.resolve("text"))
          && Files.isDirectory(split.resolve("attributions")), "PolNeAR split (text/ and attributions/)",
          printed -> new QuoteBenchmark().run(dir, Optional.ofNullable(out)).print(printed, errors));
    }
  }

  /** {@code vigie bench pipeline [DIR…] [--names] [--limit N] [--languages CODES]}. */
  @Command(name = "pipeline", sortOptions = false,
      description = {"Run the ingest pipeline (extract to events) over real documents on one thread, after a warm-up",
          "pass: documents per second (wall and per CPU-second), each stage's share of the CPU time and its mean per",
          "article, failures by cause, peak heap. Without DIR: the Wikinews corpora, the extraction pages and the seed",
          "of ../shared."})
  static final class PipelineCost extends BenchSubcommand {
    @Parameters(arity = "0..*", paramLabel = "DIR", description = "folders or files of documents: JSON Lines or WARC"
        + " archives, .html and .txt files (gzipped or not)")
    private List<Path> inputs = List.of();

    @Option(names = "--names", description = "recognise names with the CoreNLP models, as 'vigie ingest' does"
        + " (default: no recogniser, as with 'vigie ingest --no-entities')")
    private boolean names;

    @Option(names = "--limit", paramLabel = "N", description = "that many documents, spread evenly over all of them")
    private Integer limit;

    @Option(names = "--languages", paramLabel = "CODES|all|all-precise", defaultValue = "all",
        converter = IngestSettings.LanguagesConverter.class,
        description = "languages to tell apart, as for 'vigie ingest' (default: ${DEFAULT-VALUE})")
    private LanguageIdentifier languages;

    @Override
    public Integer call() throws Exception {
      if (limit != null && limit < 1) {
        throw CommandFailure.badUsage("--limit must be at least 1", null);
      }
      List<Path> documents = inputs;
      if (documents.isEmpty()) {
        documents = new ArrayList<>();
        for (String folder : List.of("corpus", "eval/extraction/zyte-article-extraction-benchmark/html",
            "eval/extraction/mozilla-readability-test-pages", "seed")) {
          shared(folder).ifPresent(documents::add);
        }
        if (documents.isEmpty()) {
          throw CommandFailure.badUsage("no ../shared beside this clone; say which folders to read", null);
        }
      }
      List<Path> toRead = documents;
      Path missing = toRead.stream().filter(p -> !Files.exists(p)).findFirst().orElse(toRead.getFirst());
      return measure(missing, Files::exists, "documents", printed -> {
        var clock = java.time.InstantSource.system();
        var items = PipelineBenchmark.read(toRead, Optional.ofNullable(limit), clock);
        NameRecognizer recogniser = NameRecognizer.NONE;
        if (names) {
          CoreNlpNameRecognizer coreNlp = CoreNlpNameRecognizer.shared();
          for (String language : coreNlp.languages().stream().sorted().toList()) {
            err().println("loading the " + language + " name model…");
            err().flush();
            coreNlp.load(language);
          }
          recogniser = coreNlp;
        }
        err().println("running " + items.size() + " documents of " + toRead + " through the pipeline, twice …");
        err().flush();
        new PipelineBenchmark(clock, languages, Gazetteer.bundled(), recogniser).run(items).print(printed);
      });
    }
  }

  /** The folder under ../shared beside this clone (or under a parent's shared/), if there is one. */
  private static Optional<Path> shared(String relative) {
    for (Path at = Path.of("").toAbsolutePath(); at != null; at = at.getParent()) {
      for (Path shared : List.of(at.resolve("shared"), at.resolveSibling("shared"))) {
        Path candidate = shared.resolve(relative);
        if (Files.isDirectory(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }
}
