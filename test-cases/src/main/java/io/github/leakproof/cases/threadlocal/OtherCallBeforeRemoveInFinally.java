package io.github.leakproof.cases.threadlocal;

import java.util.Map;

/** Negative: the finally does other work before the remove; the remove still runs on every path. */
public class OtherCallBeforeRemoveInFinally {
  private static final ThreadLocal<Map<String, Object>> DEPENDENCIES = new ThreadLocal<>();

  public void parse(Map<String, Object> cache, Runnable parser) {
    DEPENDENCIES.set(cache);
    try {
      parser.run();
    } finally {
      cache.clear();
      DEPENDENCIES.remove();
    }
  }
}
