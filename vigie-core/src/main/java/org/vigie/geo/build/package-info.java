/**
 * Compiling the gazetteer index from GeoNames and country datasets: run by the build on pinned
 * packages, and by {@code vigie gazetteer update} on fresh GeoNames dumps.
 */
package org.vigie.geo.build;
