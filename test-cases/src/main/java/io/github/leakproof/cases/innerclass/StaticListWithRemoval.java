package io.github.leakproof.cases.innerclass;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Negative: a static java.util list is StaticCollectionOnlyGrows' to judge; this one is shrunk again
 * when the widget is disposed, so neither check reports it.
 */
public class StaticListWithRemoval {
  private static final List<Runnable> REPAINTERS = new CopyOnWriteArrayList<>();

  private final Runnable repainter = () -> repaint();
  private int frames;

  public void show() {
    REPAINTERS.add(repainter);
  }

  public void dispose() {
    REPAINTERS.remove(repainter);
  }

  private void repaint() {
    frames++;
  }
}
