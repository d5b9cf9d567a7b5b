/**
 * Benchmarks on real data: article extraction against the Zyte and Mozilla sets, scored with the
 * Zyte metric, with throughput and peak heap, and per-page outputs for independent scorers.
 */
package org.vigie.bench;
