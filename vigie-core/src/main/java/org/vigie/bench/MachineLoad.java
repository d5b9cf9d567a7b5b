package org.vigie.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine's load average over the last minute, printed beside speed figures: on a shared
 * machine the other processes slow a run down, and a figure means little without it.
 */
final class MachineLoad {
  private MachineLoad() {}

  /** The one-minute load average, negative where the system does not tell. */
  static double lastMinute() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  static int cores() {
    return Runtime.getRuntime().availableProcessors();
  }
}
