/**
 * Places: a GeoNames gazetteer compiled at build time, the place names an article uses, each resolved
 * to a spot on Earth with the article's own evidence, and the countries the article is about.
 */
package org.vigie.geo;
