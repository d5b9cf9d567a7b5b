/**
 * The batch runner: Vigie's per-document pipeline over WARC and JSON Lines archives on Apache Spark,
 * near-duplicates grouped across the whole input, articles and failures written as Parquet.
 */
package org.vigie.spark;
