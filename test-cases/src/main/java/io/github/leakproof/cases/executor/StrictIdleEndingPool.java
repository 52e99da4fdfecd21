// OPTIONS: Leakproof:Strict=idle-ending-pools
package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Positive with Leakproof:Strict=idle-ending-pools: a pool with no core threads and one worker, never
 * shut down (silent by default: IdleEndingPoolNeverShutDown).
 */
public class StrictIdleEndingPool {
  // BUG: Diagnostic contains: ExecutorNotShutDown
  private final ExecutorService pushExecutor =
      new ThreadPoolExecutor(0, 1, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>());

  public void onPush(Runnable callback) {
    pushExecutor.execute(callback);
  }
}
