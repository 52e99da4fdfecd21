package io.github.leakproof.spotbugs.executor;

import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.Detector;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.spotbugs.common.PluginOptions;

/**
 * {@code LEAK_EXECUTOR_NOT_SHUT_DOWN}: a thread pool whose threads are never stopped — the bytecode
 * twin of the Error Prone check {@code ExecutorNotShutDown}, with the same three rules
 * (docs/checks/ExecutorNotShutDown.md), run by {@link PoolOwnership} for thread pools:
 *
 * <ol>
 *   <li><b>Local pools</b>: a method makes a pool and some normal way out of the method leaves it
 *       running. Exceptions count only with {@code Leakproof:Strict=executor-exception-paths}.
 *   <li><b>Pool fields never shut down</b>: a field is given a new pool, and no analysed class shuts it
 *       down or lets it escape; static fields only with {@code Leakproof:Strict=static-executors}.
 *   <li><b>Pools replaced while running</b>: a method other than a constructor gives a field that is
 *       shut down somewhere a new pool, without shutting the old one down or testing the field first.
 * </ol>
 *
 * <p>Scheduled pools are left to {@code TimerNotStopped}.
 */
public class ExecutorNotShutDownDetector implements Detector {
  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final PoolOwnership pools;
  private ClassDescriptor someAnalysedClass;

  public ExecutorNotShutDownDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    this.pools = new PoolOwnership(this, bugReporter, PoolFamily.EXECUTORS, options);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    if (!options.isValid()) {
      someAnalysedClass = classContext.getClassDescriptor();
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    if (pools.mentions(classContext.getJavaClass())) {
      pools.visitClass(classContext); // most classes: no analysis at all
    }
  }

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    if (options.isValid()) {
      pools.report();
    }
  }
}
