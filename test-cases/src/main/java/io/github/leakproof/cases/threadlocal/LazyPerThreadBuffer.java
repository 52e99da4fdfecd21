package io.github.leakproof.cases.threadlocal;

/**
 * Negative by default: a per-thread buffer filled on first use is a cache, like {@code withInitial}
 * (strict mode judges caches).
 */
public class LazyPerThreadBuffer {
  private final ThreadLocal<StringBuilder> buffer = new ThreadLocal<>();

  public String format(Object... parts) {
    StringBuilder sb = buffer.get();
    if (sb == null) {
      sb = new StringBuilder(256);
      buffer.set(sb);
    }
    sb.setLength(0);
    for (Object part : parts) {
      sb.append(part);
    }
    return sb.toString();
  }
}
