package app;

import edu.umd.cs.findbugs.annotations.SuppressFBWarnings;
import io.github.leakproof.annotations.SuppressLeak;
import java.io.FileReader;
import java.io.IOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The same leaks, each suppressed on purpose: none may be reported. */
public class Suppressed {
  @SuppressFBWarnings(value = "LEAK_RESOURCE_NOT_CLOSED", justification = "the caller closes every open reader")
  public int firstChar(String file) throws IOException {
    FileReader reader = new FileReader(file);
    return reader.read();
  }

  @SuppressLeak(value = "ExecutorNotShutDown", reason = "the pool lives as long as the batch process")
  public void runAll(Iterable<Runnable> jobs) {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (Runnable job : jobs) {
      pool.execute(job);
    }
  }
}
