package io.github.leakproof.spotbugs.common;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.leakproof.model.InvalidOptionException;
import io.github.leakproof.model.LeakproofOptions;
import io.github.leakproof.model.ParsedOptions;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Leakproof's options for the SpotBugs front end: the same {@code Leakproof:} keys as the Error Prone
 * flags, read from JVM system properties (and the file {@code Leakproof:OptionsFile} names).
 *
 * <p>A bad value must not be thrown from a detector's constructor: SpotBugs then dies with a stack
 * trace, and the SpotBugs Maven plugin reports the failed run as "no bugs found". Instead the
 * detectors run with nothing to report, and the problem becomes one finding of its own, {@value
 * #INVALID_OPTION}, which fails the build like any other and names the option.
 */
public final class PluginOptions {
  public static final String INVALID_OPTION = "LEAK_INVALID_OPTION";

  /** Analysis runs whose option problem has been reported: once per run, however many detectors. */
  private static final Map<AnalysisContext, Boolean> REPORTED =
      Collections.synchronizedMap(new WeakHashMap<>());

  private final ParsedOptions parsed;

  private PluginOptions(ParsedOptions parsed) {
    this.parsed = parsed;
  }

  /** Never throws: a bad value is kept for {@link #reportIfInvalid}. */
  public static PluginOptions current() {
    return new PluginOptions(ParsedOptions.parse(LeakproofOptions.asMap(System.getProperties())));
  }

  /** The options; the defaults when one is bad. */
  public LeakproofOptions values() {
    return parsed.values();
  }

  public boolean isValid() {
    return parsed.isValid();
  }

  /**
   * If an option is bad, reports it once per analysis run, on {@code someClass} (any analysed class:
   * a finding needs one).
   */
  public void reportIfInvalid(Detector detector, BugReporter bugReporter, ClassDescriptor someClass) {
    InvalidOptionException problem = parsed.problem();
    if (problem == null || someClass == null) {
      return;
    }
    AnalysisContext run = AnalysisContext.currentAnalysisContext();
    if (REPORTED.putIfAbsent(run, Boolean.TRUE) == null) {
      bugReporter.reportBug(
          new BugInstance(detector, INVALID_OPTION, Priorities.HIGH_PRIORITY)
              .addClass(someClass)
              .addString(problem.getMessage()));
    }
  }
}
