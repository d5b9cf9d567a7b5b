/**
 * Story clustering: articles arriving in time order join a story (one happening, many outlets and
 * languages) or start one, online, within a sliding window; the stories and their state persist.
 */
package org.vigie.stories;
