/**
 * Exact and near-duplicate detection: republished copies of one text (other boilerplate, an edited
 * title, a paragraph added or cut) are grouped under a canonical article, with MinHash and LSH banding.
 */
package org.vigie.dedup;
