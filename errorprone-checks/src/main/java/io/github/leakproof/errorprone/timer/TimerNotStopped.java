package io.github.leakproof.errorprone.timer;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.ERROR;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.MethodInvocationTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.sun.source.tree.MethodInvocationTree;
import io.github.leakproof.errorprone.executor.PoolOwnershipChecker;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.model.TimerMessages;
import javax.inject.Inject;

/**
 * A {@code java.util.Timer} or scheduled pool never stopped, or a periodic task nobody can cancel.
 *
 * <p>A timer's thread and a scheduled pool's threads are garbage-collection roots: they keep every
 * queued task, and everything those tasks capture, alive until {@code cancel()}/{@code shutdown()};
 * a periodic task runs, and holds what it captures, until it is cancelled or its scheduler stops.
 * Four rules:
 *
 * <ol>
 *   <li><b>Local</b>, <b>field</b>, <b>replaced</b>: the ownership rules of {@link
 *       PoolOwnershipChecker}, for timers and scheduled pools (thread pools are {@code
 *       ExecutorNotShutDown}'s). Static fields only with {@code Leakproof:Strict=static-timers}, exception
 *       paths only with {@code Leakproof:Strict=timer-exception-paths}.
 *   <li><b>Periodic task dropped</b> ({@link PeriodicTasks}): an instance method starts a periodic task
 *       ({@code scheduleAtFixedRate}, {@code scheduleWithFixedDelay}, {@code timer.schedule(task,
 *       delay, period)}) and drops its handle (the {@code ScheduledFuture}, or a {@code TimerTask}
 *       made in the call) on a scheduler this class does not own — a parameter, an injected field,
 *       a getter's — in a class with a lifecycle end ({@code close()}, {@code stop()}, {@code
 *       @PreDestroy}…): that end cannot cancel the task, which runs on after the object is done.
 * </ol>
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Timer, scheduled pool or periodic task never stopped: its thread and tasks stay alive",
    severity = ERROR,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "TimerNotStopped.md")
public final class TimerNotStopped extends PoolOwnershipChecker implements MethodInvocationTreeMatcher {
  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public TimerNotStopped() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public TimerNotStopped(ErrorProneFlags flags) {
    super(flags, PoolFamily.TIMERS);
  }

  // Rule 4: a periodic task whose handle is dropped.
  @Override
  public Description matchMethodInvocation(MethodInvocationTree call, VisitorState state) {
    if (!options.isValid() || !PeriodicTasks.mayStartPeriodicTask(call)) {
      return Description.NO_MATCH; // by name first: almost every call ends here
    }
    PeriodicTasks.Dropped dropped =
        PeriodicTasks.dropped(call, rules(state), state, field -> isStoppedOrMadeHere(field, state));
    if (dropped != null) {
      report(call, state.getPath(), TimerMessages.periodicTaskNeverCancelled(dropped.call(), dropped.lifecycleEnd()), state);
    }
    return Description.NO_MATCH;
  }
}
