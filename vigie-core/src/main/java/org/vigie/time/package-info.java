/**
 * Time: when an article was published, stated or inferred, and the time expressions of its text
 * normalised to TimeML values against that date, from rule tables per language.
 */
package org.vigie.time;
