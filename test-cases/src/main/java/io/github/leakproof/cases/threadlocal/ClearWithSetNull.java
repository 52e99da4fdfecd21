package io.github.leakproof.cases.threadlocal;

/** Negative: the value is cleared with set(null) in a finally. */
public class ClearWithSetNull {
  private static final ThreadLocal<byte[]> SCRATCH = new ThreadLocal<>();

  public void process(byte[] data, Runnable work) {
    SCRATCH.set(data);
    try {
      work.run();
    } finally {
      SCRATCH.set(null);
    }
  }
}
