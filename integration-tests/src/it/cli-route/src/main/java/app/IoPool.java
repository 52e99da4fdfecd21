package app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Reported only with Leakproof:Strict=static-executors: a static pool that lives as long as the application. */
public final class IoPool {
  private static final ExecutorService POOL = Executors.newFixedThreadPool(2);

  private IoPool() {}

  public static void submit(Runnable work) {
    POOL.execute(work);
  }
}
