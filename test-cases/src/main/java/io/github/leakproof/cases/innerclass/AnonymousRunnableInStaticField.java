package io.github.leakproof.cases.innerclass;

import java.io.StringWriter;

/** Positive: an anonymous Runnable that flushes this writer is kept in a static field: every ReportBuffer stays alive. */
public class AnonymousRunnableInStaticField {
  static Runnable beforeExit;

  private final StringWriter buffer = new StringWriter();

  public void append(String line) {
    buffer.append(line).append('\n');
  }

  public void flushOnExit() {
    // BUG: Diagnostic contains: InnerClassLeaksOuter
    beforeExit = new Runnable() {
      @Override
      public void run() {
        System.out.print(buffer);
      }
    };
  }
}
