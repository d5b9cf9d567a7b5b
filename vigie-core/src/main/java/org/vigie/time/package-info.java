/**
 * Time: finding dates written in the text and fixing when an article was published, stated or
 * inferred, in any of the languages Vigie reads.
 */
package org.vigie.time;
