/**
 * Language identification of an article's text, backed by Lingua's n-gram models for 75
 * languages; the article keeps an ISO 639-1 code.
 */
package org.vigie.lang;
