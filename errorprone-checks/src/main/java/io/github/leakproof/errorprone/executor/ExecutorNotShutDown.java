package io.github.leakproof.errorprone.executor;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.bugpatterns.BugChecker;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.PoolFamily;
import javax.inject.Inject;

/**
 * A thread pool that is never shut down.
 *
 * <p>A pool's worker threads are garbage-collection roots: a pool nobody shuts down keeps its threads,
 * its queue and everything its tasks reference alive, and non-daemon workers keep the JVM from
 * exiting. Scheduled pools are {@code TimerNotStopped}'s; this check judges the others, by the three
 * rules of {@link PoolOwnershipChecker}:
 *
 * <ol>
 *   <li><b>Local</b>: a pool created in a method and neither shut down nor handed on by the time the
 *       method returns. Only normal paths by default; exception paths with {@code
 *       Leakproof:Strict=executor-exception-paths}.
 *   <li><b>Field</b>: a field given a new pool, where nothing in this file shuts it down and it does not
 *       escape. Static fields only with {@code Leakproof:Strict=static-executors}.
 *   <li><b>Replaced</b>: a method gives such a field a new pool without first shutting down or even
 *       looking at the old one, although the class does shut it down elsewhere.
 * </ol>
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Thread pool never shut down: its threads, and everything they reference, stay alive",
    severity = ERROR,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "ExecutorNotShutDown.md")
public final class ExecutorNotShutDown extends PoolOwnershipChecker {
  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public ExecutorNotShutDown() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public ExecutorNotShutDown(ErrorProneFlags flags) {
    super(flags, PoolFamily.EXECUTORS);
  }
}
