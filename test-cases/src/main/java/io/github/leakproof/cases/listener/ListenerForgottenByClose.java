package io.github.leakproof.cases.listener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Positive (found in Lucene's ControlledRealTimeReopenThread): a reopen worker registers an inner
 * listener on the searcher manager it is given, and its {@code close()} — where its life ends — stops
 * the worker but forgets the listener: a manager that outlives the worker (closed and replaced, or one of
 * several over the same manager) keeps every worker ever made. The source is the caller's object, and the
 * class declares its lifecycle end: reported by default.
 */
public class ListenerForgottenByClose implements AutoCloseable {
  /** Refreshes what searches see, and tells its listeners after each refresh. */
  public static class SearcherManager {
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public void addListener(Runnable listener) {
      listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
      listeners.remove(listener);
    }

    public void refresh() {
      listeners.forEach(Runnable::run);
    }
  }

  private volatile long refreshed;
  private volatile boolean stopped;

  public ListenerForgottenByClose(SearcherManager manager) {
    // BUG: Diagnostic contains: removeListener
    manager.addListener(new HandleRefresh());
  }

  private final class HandleRefresh implements Runnable {
    @Override
    public void run() {
      refreshed++;
    }
  }

  public long refreshed() {
    return refreshed;
  }

  @Override
  public void close() {
    stopped = true;
  }

  public boolean stopped() {
    return stopped;
  }
}
