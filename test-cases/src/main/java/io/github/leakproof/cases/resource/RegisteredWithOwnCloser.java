package io.github.leakproof.cases.resource;

import java.io.Closeable;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Negative: the project's own closer keeps what it registers and hands it back for convenience; the
 * closer closes it in the finally block.
 */
public class RegisteredWithOwnCloser {
  static final class Closer implements Closeable {
    private final Deque<Closeable> stack = new ArrayDeque<>();

    <C extends Closeable> C register(C closeable) {
      stack.push(closeable);
      return closeable;
    }

    @Override
    public void close() throws IOException {
      while (!stack.isEmpty()) {
        stack.pop().close();
      }
    }
  }

  public static int firstByte(String file) throws IOException {
    Closer closer = new Closer();
    try {
      InputStream in = closer.register(new FileInputStream(file));
      return in.read();
    } finally {
      closer.close();
    }
  }
}
