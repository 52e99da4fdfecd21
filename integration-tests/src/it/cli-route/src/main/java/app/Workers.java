package app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Leaks: a pool per call, never shut down. */
public class Workers {
  public void runAll(Iterable<Runnable> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (Runnable job : jobs) {
      pool.execute(job);
    }
  }
}
