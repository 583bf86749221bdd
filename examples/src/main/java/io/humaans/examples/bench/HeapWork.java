package io.humaans.examples.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * What the JVM's memory system did while a benchmark ran: bytes allocated by every thread, and the
 * collections the collector's beans count. Bytes allocated do not depend on the host's speed, so
 * they compare two builds where a time cannot; the collections tell apart the runs that fit in the
 * young generation from the runs that promote and start marking cycles (see docs/benchmarks.md,
 * #4). Only threads alive at both ends are counted, so a thread that starts and ends inside the
 * measured code is missed; the common pool's workers outlive a run.
 */
final class HeapWork {
  private final long allocated;
  private final long collections;
  private final long collectionMillis;

  private HeapWork(long allocated, long collections, long collectionMillis) {
    this.allocated = allocated;
    this.collections = collections;
    this.collectionMillis = collectionMillis;
  }

  /** The counters now. */
  static HeapWork now() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long bytes = 0;
    for (long b : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      bytes += Math.max(0, b); // -1 for a thread that ended meanwhile
    }
    long count = 0;
    long millis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, gc.getCollectionCount());
      millis += Math.max(0, gc.getCollectionTime());
    }
    return new HeapWork(bytes, count, millis);
  }

  /** Megabytes allocated since {@code start}. */
  double allocatedMbSince(HeapWork start) {
    return (allocated - start.allocated) / 1e6;
  }

  /** "N collections, M ms" since {@code start}. */
  String collectionsSince(HeapWork start) {
    return (collections - start.collections)
        + " collections, "
        + (collectionMillis - start.collectionMillis)
        + " ms";
  }
}
