package io.github.leakproof.cases.innerclass;

/** Negative: a started thread that saves once and ends holds this only while it runs. */
public class ShortLivedThreadStarted {
  private final StringBuilder document = new StringBuilder();

  public void saveInBackground() {
    Thread saver = new Thread(() -> save(), "saver");
    saver.setDaemon(true);
    saver.start();
  }

  private void save() {
    System.out.println(document.length());
  }
}
