/**
 * Events: who did what to whom, where and when, typed at the top level of CAMEO, read from French
 * and English sentences with their actors, target, place and time, each with the span of its evidence.
 */
package org.vigie.events;
