package io.github.leakproof.cases.executor;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Negative: a factory method returns the pool it creates; shutting it down is the caller's job. */
public class ReturnedPool {
  public static ExecutorService newWorkerPool(String name, int threads) {
    AtomicInteger counter = new AtomicInteger();
    ThreadFactory factory = task -> new Thread(task, name + "-" + counter.incrementAndGet());
    return Executors.newFixedThreadPool(threads, factory);
  }
}
