/**
 * The embedded store: a data directory holding a Lucene index of articles and of failed documents,
 * and the raw bytes of every failed document so it can be re-processed after a fix.
 */
package org.vigie.store;
