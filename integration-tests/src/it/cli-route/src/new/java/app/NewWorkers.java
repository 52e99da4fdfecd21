package app;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** New code after the baseline: a pool per call, never shut down. */
public class NewWorkers {
  public void runAll(Iterable<Runnable> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (Runnable job : jobs) {
      pool.execute(job);
    }
  }
}
