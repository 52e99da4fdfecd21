package io.github.leakproof.cases.innerclass;

/** Negative: the static hook is cleared again when the session closes: the outer is released. */
public class StaticFieldClearedOnClose implements AutoCloseable {
  static Runnable activeHook;

  private final StringBuilder events = new StringBuilder();

  public void open() {
    activeHook = () -> events.append("tick");
  }

  @Override
  public void close() {
    activeHook = null;
  }
}
