/**
 * The HTTP JSON API, served by the JDK's own HTTP server over a read-only store: no web framework,
 * so the embedded default needs nothing but a JDK.
 */
package org.vigie.app.http;
