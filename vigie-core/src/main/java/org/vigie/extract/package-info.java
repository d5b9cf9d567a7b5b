/**
 * Extraction: from a raw document's bytes to an article's title, metadata, body and captions,
 * without boilerplate, repeats or teasers.
 */
package org.vigie.extract;
