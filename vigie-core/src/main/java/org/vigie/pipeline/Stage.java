package org.vigie.pipeline;

/**
 * One job in the pipeline, configured once and then safe to call from many threads. It holds no
 * state across documents, so the same stage runs in one JVM or inside a Spark task.
 */
public interface Stage<I, O> {

  /** Short stable name, recorded with failures ("extract", "lang"). */
  String name();

  Outcome<O> apply(I input);
}
