package io.github.leakproof.cases.innerclass;

import java.util.concurrent.locks.LockSupport;

/**
 * Negative (from log4j-core's CachedClock): a singleton starts an endless updater thread that captures
 * it. The one instance lives as long as the application anyway (private constructor, static instance
 * field): the thread cannot make it live longer.
 */
public final class SingletonWithEndlessThread {
  private static volatile SingletonWithEndlessThread instance;
  private static final Object LOCK = new Object();

  private volatile long millis = System.currentTimeMillis();

  private SingletonWithEndlessThread() {
    Thread updater = new Thread(() -> {
      while (true) {
        millis = System.currentTimeMillis();
        LockSupport.parkNanos(1_000_000);
      }
    }, "clock updater");
    updater.setDaemon(true);
    updater.start();
  }

  public static SingletonWithEndlessThread instance() {
    SingletonWithEndlessThread result = instance;
    if (result == null) {
      synchronized (LOCK) {
        result = instance;
        if (result == null) {
          instance = result = new SingletonWithEndlessThread();
        }
      }
    }
    return result;
  }

  public long currentTimeMillis() {
    return millis;
  }
}
