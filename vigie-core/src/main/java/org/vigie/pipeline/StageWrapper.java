package org.vigie.pipeline;

/**
 * Puts something around each stage of a pipeline without changing the stages (a benchmark times
 * them this way). The wrapped stage keeps the name of the one inside.
 */
public interface StageWrapper {

  <I, O> Stage<I, O> wrap(Stage<I, O> stage);
}
