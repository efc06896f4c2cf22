package io.trustwatch.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Time the JVM spent on itself during a measured run: JIT compiling and collecting garbage. On a
 * few cores both take CPU from Spark's tasks, and a short run after a long one still compiles the
 * code paths the long one never made hot, so this says how much of a run's time is the JVM's.
 *
 * @param jitMillis elapsed time the JIT compiler threads spent compiling, summed over them
 * @param gcMillis  elapsed time of the collections, summed over the collectors
 */
public record JvmTimes(long jitMillis, long gcMillis) {

  /** The totals since the JVM started; subtract two with {@link #since}. */
  public static JvmTimes now() {
    CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
    long jitMillis = jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    long gcMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      gcMillis += Math.max(0, gc.getCollectionTime());
    }
    return new JvmTimes(jitMillis, gcMillis);
  }

  public JvmTimes since(JvmTimes earlier) {
    return new JvmTimes(jitMillis - earlier.jitMillis, gcMillis - earlier.gcMillis);
  }

  public String describe() {
    return String.format(Locale.ROOT, "JIT compiling %.1f s, GC %.1f s", jitMillis / 1e3, gcMillis / 1e3);
  }
}
