/**
 * The {@code vigie} command line: one class per subcommand, each a thin layer over the core's
 * store and ingester that turns results into text or JSON Lines and failures into exit codes.
 */
package org.vigie.app;
