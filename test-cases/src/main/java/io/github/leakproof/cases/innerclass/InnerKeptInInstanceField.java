package io.github.leakproof.cases.innerclass;

/** Negative: the inner class instance lives in a field of its own outer object: both die together. */
public class InnerKeptInInstanceField {
  private final String name;
  private Runnable onClose;

  public InnerKeptInInstanceField(String name) {
    this.name = name;
    this.onClose = new Closer();
  }

  public void close() {
    onClose.run();
  }

  class Closer implements Runnable {
    @Override
    public void run() {
      System.out.println("closing " + name);
    }
  }
}
