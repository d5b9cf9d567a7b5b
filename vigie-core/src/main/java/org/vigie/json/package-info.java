/**
 * The one JSON shape of an article (DESIGN.md section 7), shared by {@code show --json}, the API and
 * the JSON Lines export. Field names are stable once released: add, never rename.
 */
package org.vigie.json;
