package io.github.leakproof.cases.threadlocal;

/** Positive: a package-private field, but of a private nested class, so every use is in this file. */
public class FieldOfPrivateNestedClass {
  private static final class Buffers {
    // BUG: Diagnostic contains: ThreadLocalNotRemoved
    final ThreadLocal<char[]> scratch = new ThreadLocal<>();

    char[] get(int size) {
      char[] buffer = scratch.get();
      if (buffer == null || buffer.length < size) {
        buffer = new char[size];
        scratch.set(buffer);
      }
      return buffer;
    }
  }

  private final Buffers buffers = new Buffers();

  public String copy(String text) {
    char[] buffer = buffers.get(text.length());
    text.getChars(0, text.length(), buffer, 0);
    return new String(buffer, 0, text.length());
  }
}
