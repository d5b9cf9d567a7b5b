/**
 * WARC archives (ISO 28500, WARC 1.0 and 1.1; Common Crawl CC-NEWS): a streaming, lenient record
 * reader and the source that turns HTTP response records into raw documents.
 */
package org.vigie.ingest.warc;
