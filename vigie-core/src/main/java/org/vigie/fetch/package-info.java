/**
 * Fetching from the web as a site owner would accept it: robots.txt, per-host politeness,
 * conditional requests, bounded redirects, sizes and time, retries with backoff, no private addresses.
 */
package org.vigie.fetch;
