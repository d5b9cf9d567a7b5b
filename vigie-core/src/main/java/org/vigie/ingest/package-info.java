/**
 * Ingestion: reading documents from files and directories (plain or gzip), running them through
 * the pipeline and storing each one, as an article or as a failure with its reason.
 */
package org.vigie.ingest;
