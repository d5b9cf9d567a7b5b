/**
 * Stages and the pipeline that runs them in order. A stage that cannot handle a document says why
 * as a value; the pipeline records it and goes on, so no document is lost and none crashes a run.
 */
package org.vigie.pipeline;
