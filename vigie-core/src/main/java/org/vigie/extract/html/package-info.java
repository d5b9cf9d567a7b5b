/**
 * Article extraction from web pages: charset, metadata (JSON-LD, OpenGraph, meta, microdata,
 * printed bylines and dates, the URL) and the main content as ordered blocks and captions.
 */
package org.vigie.extract.html;
