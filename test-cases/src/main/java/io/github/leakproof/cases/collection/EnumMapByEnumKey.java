package io.github.leakproof.cases.collection;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/** Negative: maps keyed by an enum hold at most one entry per constant, whatever calls put. */
public final class EnumMapByEnumKey {
  private static final Map<TimeUnit, String> SYMBOLS = new EnumMap<>(TimeUnit.class);
  private static final Map<TimeUnit, Long> COUNTS = new ConcurrentHashMap<>();

  private EnumMapByEnumKey() {}

  public static synchronized String symbol(TimeUnit unit) {
    return SYMBOLS.computeIfAbsent(unit, u -> u.name().substring(0, 1).toLowerCase());
  }

  public static void count(TimeUnit unit) {
    COUNTS.merge(unit, 1L, Long::sum);
  }
}
