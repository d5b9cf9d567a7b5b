/**
 * Vigie over HTTP: the JSON API (with its OpenAPI description), Atom feeds and server-rendered web
 * pages, all served by the JDK's own HTTP server over a read-only store, so that the embedded
 * default needs nothing but a JDK.
 */
package org.vigie.app.http;
