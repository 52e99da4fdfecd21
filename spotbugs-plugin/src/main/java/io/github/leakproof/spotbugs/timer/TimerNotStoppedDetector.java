package io.github.leakproof.spotbugs.timer;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.model.TimerCatalogue;
import io.github.leakproof.model.TimerMessages;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.TypeNames;
import io.github.leakproof.spotbugs.executor.PoolOwnership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.Type;

/**
 * {@code LEAK_TIMER_NOT_STOPPED}: a {@code java.util.Timer} or scheduled pool never stopped, or a
 * periodic task nobody can cancel — the bytecode twin of the Error Prone check {@code
 * TimerNotStopped} (docs/checks/TimerNotStopped.md):
 *
 * <ol>
 *   <li><b>Local</b>, <b>field</b>, <b>replaced</b>: {@link PoolOwnership}'s rules for timers and
 *       scheduled pools; static fields only with {@code Leakproof:Strict=static-timers}, exception paths
 *       only with {@code Leakproof:Strict=timer-exception-paths}.
 *   <li><b>Periodic task dropped</b> (reported on the call, after all classes): an instance method
 *       starts a periodic task and drops its handle — pops the {@code ScheduledFuture}, or passes a
 *       {@code TimerTask} made right there — on a scheduler its class does not own (a parameter, a
 *       field it neither makes nor stops, a getter's result it never stops), in a class with a lifecycle
 *       end ({@code close()}, {@code stop()}, {@code @PreDestroy}…) that therefore cannot cancel it.
 * </ol>
 */
public class TimerNotStoppedDetector extends OpcodeStackDetector {
  private static final Check CHECK = Check.TIMER_NOT_STOPPED;

  /** A dropped periodic task, judged after all classes (whether its field is owned is known only then). */
  private record Dropped(
      XMethod method, SourceLineAnnotation where, String call, String lifecycleEnd, XField receiverField,
      XMethod receiverGetter, String receiverParameter) {
    Dropped withField(XField field) {
      return new Dropped(method, where, call, lifecycleEnd, field, receiverGetter, receiverParameter);
    }
  }

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final PoolOwnership pools;
  private final TypeNames types = new TypeNames();
  private final List<Dropped> dropped = new ArrayList<>();
  private ClassDescriptor someAnalysedClass;

  // The class at hand.
  private String lifecycleEnd;
  private final List<Dropped> pending = new ArrayList<>();
  private final Set<XField> fieldsStoppedHere = new HashSet<>();
  private final Set<XMethod> gettersStoppedHere = new HashSet<>();

  /** {@code this.scheduler = scheduler}: for a method's parameter (method and register), the field it is stored in. */
  private final Map<String, XField> parametersStored = new HashMap<>();

  public TimerNotStoppedDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    this.pools = new PoolOwnership(this, bugReporter, PoolFamily.TIMERS, options);
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    if (!options.isValid()) {
      someAnalysedClass = classContext.getClassDescriptor();
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    JavaClass javaClass = classContext.getJavaClass();
    if (!pools.mentions(javaClass)) {
      return; // most classes: no analysis at all
    }
    pools.visitClass(classContext);
    lifecycleEnd = LifecycleEnds.of(classContext);
    if (lifecycleEnd != null) {
      super.visitClassContext(classContext); // rule 4: sawOpcode over every method
      endOfClass();
    }
  }

  // Rule 4, per instruction: stops of what this class may hold, and periodic schedules whose handle is dropped.
  @Override
  public void sawOpcode(int seen) {
    if (seen == Const.PUTFIELD && stack.getStackDepth() > 0) {
      int register = stack.getStackItem(0).getRegisterNumber();
      if (isParameter(register) && getXFieldOperand() != null) {
        parametersStored.put(parameterKey(register), getXFieldOperand());
      }
      return;
    }
    if (seen != Const.INVOKEVIRTUAL && seen != Const.INVOKEINTERFACE) {
      return;
    }
    String name = getNameConstantOperand();
    Type[] arguments = Type.getArgumentTypes(getSigConstantOperand());
    if (stack.getStackDepth() <= arguments.length) {
      return;
    }
    OpcodeStack.Item receiver = stack.getStackItem(arguments.length);
    if (PoolFamily.TIMERS.releasesReceiver(name) && arguments.length == 0) {
      if (receiver.getXField() != null) {
        fieldsStoppedHere.add(receiver.getXField());
      }
      if (receiver.getReturnValueOf() != null) {
        gettersStoppedHere.add(receiver.getReturnValueOf());
      }
      return;
    }
    List<String> owner = types.typeAndSupertypes(getDottedClassConstantOperand());
    List<String> parameters = new ArrayList<>();
    for (Type argument : arguments) {
      parameters.add(argument.toString());
    }
    if (getMethod().isStatic() || !TimerCatalogue.isPeriodic(name, owner, parameters) || !handleDropped(owner, arguments)) {
      return;
    }
    XField field = receiver.getXField();
    XMethod getter = field == null ? receiver.getReturnValueOf() : null;
    String parameter = isParameter(receiver.getRegisterNumber()) ? parameterKey(receiver.getRegisterNumber()) : null;
    if (field == null && getter == null && parameter == null) {
      return; // this, a local (the local rule's), or something we cannot follow
    }
    pending.add(
        new Dropped(
            getXMethod(), SourceLineAnnotation.fromVisitedInstruction(this), name, lifecycleEnd, field, getter,
            parameter));
  }

  private String parameterKey(int register) {
    return getMethodName() + getMethodSig() + "#" + register;
  }

  /** A {@code ScheduledFuture} popped right away, or a {@code TimerTask} made for the call. */
  private boolean handleDropped(List<String> owner, Type[] arguments) {
    if (TimerCatalogue.isTimer(owner)) {
      return stack.getStackItem(arguments.length - 1).isNewlyAllocated();
    }
    return getNextOpcode() == Const.POP;
  }

  private boolean isParameter(int register) {
    if (register <= 0) {
      return false; // not a local, or this
    }
    int slots = 1;
    for (Type parameter : getMethod().getArgumentTypes()) {
      slots += parameter.getSize();
    }
    return register < slots;
  }

  private void endOfClass() {
    for (Dropped found : pending) {
      // this.scheduler = scheduler: the parameter is the field the class may be in charge of
      XField stored = found.receiverParameter() == null ? null : parametersStored.get(found.receiverParameter());
      Dropped candidate = stored == null ? found : found.withField(stored);
      if (!fieldsStoppedHere.contains(candidate.receiverField())
          && !gettersStoppedHere.contains(candidate.receiverGetter())) {
        dropped.add(candidate);
      }
    }
    pending.clear();
    parametersStored.clear();
    fieldsStoppedHere.clear();
    gettersStoppedHere.clear();
  }

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    if (!options.isValid()) {
      return;
    }
    pools.report();
    for (Dropped task : dropped) {
      if (task.receiverField() != null && pools.isStoppedOrMade(task.receiverField())
          || LeakSuppression.isSuppressedInMethod(CHECK, task.method())) {
        continue; // a scheduler of this class's own: stopping it ends the task (rules 1–3 judge it)
      }
      bugReporter.reportBug(
          new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
              .addClassAndMethod(task.method())
              .addString(TimerMessages.periodicTaskNeverCancelled(task.call(), task.lifecycleEnd()))
              .addSourceLine(task.where()));
    }
  }
}
