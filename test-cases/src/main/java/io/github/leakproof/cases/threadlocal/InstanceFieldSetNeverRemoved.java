package io.github.leakproof.cases.threadlocal;

/** Positive: a per-instance buffer set on each thread that uses the formatter, never removed. */
public class InstanceFieldSetNeverRemoved {
  // BUG: Diagnostic contains: ThreadLocalNotRemoved
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
