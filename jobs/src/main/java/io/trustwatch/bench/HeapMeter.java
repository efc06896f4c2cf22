package io.trustwatch.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/** Peak heap as the JVM's memory pools record it: what a benchmark actually needed, not a sample. */
public final class HeapMeter {

  private HeapMeter() {}

  public static void resetPeak() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) pool.resetPeakUsage();
    }
  }

  /** Sum of the heap pools' peaks since the last reset (an upper bound: pools peak at different moments). */
  public static long peakHeapBytes() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) sum += pool.getPeakUsage().getUsed();
    }
    return sum;
  }

  public static String format(long bytes) {
    return String.format("%.0f MB", bytes / (1024.0 * 1024.0));
  }
}
