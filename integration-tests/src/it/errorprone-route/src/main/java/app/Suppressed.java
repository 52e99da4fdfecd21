package app;

import io.github.leakproof.annotations.SuppressLeak;
import java.io.FileReader;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The same leaks, each suppressed on purpose: none may be reported. */
public class Suppressed {
  @SuppressWarnings("ResourceNotClosed") // the caller's finally closes every open reader of this class
  public FileReader open(String file) throws IOException {
    FileReader reader = new FileReader(file);
    reader.skip(1);
    return reader;
  }

  @SuppressLeak(value = "ExecutorNotShutDown", reason = "the pool lives as long as the batch process")
  public void runAll(Iterable<Runnable> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (Runnable job : jobs) {
      pool.execute(job);
    }
  }
}
