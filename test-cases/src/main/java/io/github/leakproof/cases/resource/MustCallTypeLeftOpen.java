package io.github.leakproof.cases.resource;

import org.checkerframework.checker.mustcall.qual.MustCall;

/** Positive: the project's own lease type is declared @MustCall("close"), and this lease is never closed. */
public class MustCallTypeLeftOpen {
  /** A lock lease held on the coordination service until closed. */
  @MustCall("close")
  static final class Lease implements AutoCloseable {
    private final String lockName;

    Lease(String lockName) {
      this.lockName = lockName;
    }

    void heartbeat() {
      System.out.println("renewing " + lockName);
    }

    @Override
    public void close() {
      System.out.println("releasing " + lockName);
    }
  }

  public static void runExclusive(String lockName, Runnable job) {
    // BUG: Diagnostic contains: ResourceNotClosed
    Lease lease = new Lease(lockName);
    lease.heartbeat();
    job.run();
  }
}
