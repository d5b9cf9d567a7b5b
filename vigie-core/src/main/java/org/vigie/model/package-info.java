/**
 * The immutable document model: raw documents as they arrive, articles as Vigie understands them.
 * Every type is a record; a stage that changes an article returns a new one.
 */
package org.vigie.model;
