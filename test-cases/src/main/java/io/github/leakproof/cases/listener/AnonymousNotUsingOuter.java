package io.github.leakproof.cases.listener;

import java.util.Observable;
import java.util.Observer;

/**
 * Negative: an anonymous observer made in an instance method that never uses the enclosing instance:
 * since JDK 18 javac gives it no reference to the outer object, so nothing of this object is kept.
 */
@SuppressWarnings("deprecation")
public class AnonymousNotUsingOuter {
  public void trace(Observable feed) {
    feed.addObserver(new Observer() {
      @Override
      public void update(Observable source, Object value) {
        System.out.println("feed: " + value);
      }
    });
  }
}
