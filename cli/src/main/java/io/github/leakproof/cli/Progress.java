package io.github.leakproof.cli;

import edu.umd.cs.findbugs.FindBugsProgress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Progress of a long run on standard error: a line at most every {@code interval}, e.g. {@code leakproof: pass 2 of
 * 3, 1200 of 4000 classes}, so a run over a large jar shows it is alive; a short run prints none. Counts the classes
 * analysed either way.
 */
final class Progress implements FindBugsProgress {
  static final long DEFAULT_INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(2);

  private final PrintStream err;
  private final boolean quiet;
  private final long intervalNanos;
  private final LongSupplier clock;
  private final long started;
  private long lastPrinted;
  private int passes;
  private int pass;
  private int classesInPass;
  private int classesDone;

  Progress(PrintStream err, boolean quiet, long intervalNanos, LongSupplier clock) {
    this.err = err;
    this.quiet = quiet;
    this.intervalNanos = intervalNanos;
    this.clock = clock;
    this.started = clock.getAsLong();
    this.lastPrinted = started;
  }

  static Progress onStandardError(PrintStream err, boolean quiet) {
    return new Progress(err, quiet, DEFAULT_INTERVAL_NANOS, System::nanoTime);
  }

  /** The classes of the last pass: the application's classes. */
  int classes() {
    return classesInPass;
  }

  /** {@code leakproof: analysed 12 classes in 1.4 s}, unless quiet. */
  void finished() {
    if (!quiet) {
      double seconds = (clock.getAsLong() - started) / 1e9;
      line(String.format(Locale.ROOT, "leakproof: analysed %d classes in %.1f s", classesInPass, seconds));
    }
  }

  /**
   * One line in one write: a caller that reads standard output and error into one file (a build tool's exec) gets
   * it whole, not split around the findings printed next.
   */
  private void line(String text) {
    err.println(text);
    err.flush();
  }

  @Override
  public void predictPassCount(int[] classesPerPass) {
    passes = classesPerPass.length;
  }

  @Override
  public void startAnalysis(int classes) {
    if (pass == 0) {
      lastPrinted = clock.getAsLong(); // the first line an interval into the analysis, not after start-up
    }
    pass++;
    classesInPass = classes;
    classesDone = 0;
  }

  @Override
  public void finishClass() {
    classesDone++;
    long now = clock.getAsLong();
    if (!quiet && now - lastPrinted >= intervalNanos) {
      lastPrinted = now;
      line(String.format(
          Locale.ROOT, "leakproof: pass %d of %d, %d of %d classes", pass, Math.max(passes, pass), classesDone,
          classesInPass));
    }
  }

  @Override
  public void reportNumberOfArchives(int archives) {}

  @Override
  public void startArchive(String name) {}

  @Override
  public void finishArchive() {}

  @Override
  public void finishPerClassAnalysis() {}
}
