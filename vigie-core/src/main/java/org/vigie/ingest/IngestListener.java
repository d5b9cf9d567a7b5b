package org.vigie.ingest;

/** Progress of an ingest run, for a progress bar or a log. Called from worker threads. */
public interface IngestListener {

  /** The inputs were listed: this many documents will be read. */
  default void planned(long documents) {}

  /** One more document was processed (not yet durable). */
  default void processed(long done, long planned) {}

  /** Everything counted in {@code durable} survives a crash from now on. */
  default void committed(IngestSummary durable) {}

  IngestListener SILENT = new IngestListener() {};
}
