package io.github.leakproof.benchmarks.realcode;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The live heap of a run: the most heap left in use after any garbage collection during it. Unlike the heap's
 * peak occupancy, which mostly shows how far the young generation fills before a collection (so it follows the
 * heap size, not the work), this is what the run needed to keep (plus whatever garbage an old-generation
 * collection had not reached yet): the figure a build's {@code -Xmx} must cover.
 *
 * <p>In this JVM (the in-process compiles) from the collectors' notifications; in a forked JVM (SpotBugs) from its
 * unified GC log ({@code -Xlog:gc:file=…}, lines such as {@code Pause Young (Normal) … 512M->87M(2048M)}).
 */
final class LiveHeap {
  private static final Pattern AFTER_GC = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

  private final AtomicLong maxAfterGc = new AtomicLong();
  private final AtomicLong collections = new AtomicLong();

  LiveHeap() {
    Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getName)
        .collect(Collectors.toSet());
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener(
            (notification, handback) -> {
              if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                return;
              }
              GarbageCollectionNotificationInfo info =
                  GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
              long left = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                  .filter(e -> heapPools.contains(e.getKey()))
                  .mapToLong(e -> e.getValue().getUsed())
                  .sum();
              maxAfterGc.accumulateAndGet(left, Math::max);
              collections.incrementAndGet();
            },
            null,
            null);
      }
    }
  }

  /** Collects what earlier runs left (waiting up to a second for the notification), then starts anew. */
  void reset() {
    collectNow();
    maxAfterGc.set(0);
  }

  /** Collects now and waits (up to a second) until the collection is counted. */
  void collectNow() {
    long before = collections.get();
    System.gc();
    long deadline = System.nanoTime() + 1_000_000_000L;
    try {
      while (collections.get() == before && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The most heap left after a collection since {@link #reset()} (0 if none ran). */
  long maxAfterGc() {
    return maxAfterGc.get();
  }

  /** The JVM option that makes a forked JVM write the GC log {@link #fromGcLog} reads. */
  static String gcLogOption(Path log) {
    return "-Xlog:gc:file=" + log;
  }

  /** The most heap left after a collection in a forked JVM's GC log, or 0 if it has none. */
  static long fromGcLog(Path log) {
    try {
      long max = 0;
      for (String line : Files.readAllLines(log)) {
        Matcher m = AFTER_GC.matcher(line);
        if (m.find()) {
          max = Math.max(max, Long.parseLong(m.group(2)) << 20);
        }
      }
      return max;
    } catch (IOException e) {
      return 0;
    }
  }
}
