package io.github.leakproof.spotbugs.innerclass;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import io.github.leakproof.model.CaptureSinkCatalogue;
import io.github.leakproof.model.CaptureSinkCatalogue.Sink;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.InnerClassMessages;
import io.github.leakproof.model.InnerClassMessages.Capturer;
import io.github.leakproof.model.TimerCatalogue;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.Singletons;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantClass;
import org.apache.bcel.classfile.ConstantInvokeDynamic;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.Type;

/**
 * {@code LEAK_INNER_CLASS_LEAKS_OUTER}: an object holding its creator's {@code this}, kept where it
 * outlives it — the bytecode twin of the Error Prone check {@code InnerClassLeaksOuter}, with the same
 * rules (docs/checks/InnerClassLeaksOuter.md):
 *
 * <ol>
 *   <li>stored in a static field ({@code putstatic});
 *   <li>handed to a storing call ({@link CaptureSinkCatalogue}) on a static field, enum constant or
 *       singleton ({@code getInstance()});
 *   <li>scheduled periodically on such a shared scheduler, the handle dropped, by a class without a
 *       lifecycle end ({@code TimerNotStopped} judges those with one);
 *   <li>double-brace initialisation returned from a public method;
 *   <li>a started thread whose task never ends ({@link EndlessRuns}).
 * </ol>
 *
 * <p>What holds {@code this}, from the class file: {@code new} of a class with a {@code this$0} field
 * ({@link CapturingClasses}; javac 18+ writes one only when the body uses it, or for serializable
 * classes), and a lambda factory call that captures local 0 of an instance method. The operand stack
 * carries the mark through locals. Stores undone in the same top-level class — the field set back to
 * {@code null}, a removal on a receiver of the same type — are not reported; as that needs the whole
 * class nest, findings are reported after all classes.
 */
@OpcodeStack.CustomUserValue
public class InnerClassLeaksOuterDetector extends OpcodeStackDetector {
  private static final Check CHECK = Check.INNER_CLASS_LEAKS_OUTER;

  private enum Rule { STATIC_FIELD, STORES, PERIODIC, RETURNED, ENDLESS_THREAD }

  /** The mark of a {@code Thread} made with a capturing task that never ends. */
  private record ThreadWithEndlessTask(Captured task) {}

  private record Finding(Rule rule, XMethod method, SourceLineAnnotation line, String message, String topLevel, String undoneBy) {}

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final CaptureSinkCatalogue sinks;
  private final TypeNames types = new TypeNames();
  private final CapturingClasses capturing = new CapturingClasses(types);
  private final EndlessRuns endless = new EndlessRuns();
  private final List<Finding> findings = new ArrayList<>();
  /** Per top-level class: static fields set to null ({@code Owner.field}) and receiver types removed from. */
  private final Map<String, Set<String>> undone = new HashMap<>();
  private ClassDescriptor someAnalysedClass;
  private boolean classHasLifecycleEnd;
  private Object pending;

  public InnerClassLeaksOuterDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    this.sinks = CaptureSinkCatalogue.of(options.values());
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    someAnalysedClass = classContext.getClassDescriptor();
    JavaClass javaClass = classContext.getJavaClass();
    if (!options.isValid() || !mayCapture(javaClass)) {
      return;
    }
    classHasLifecycleEnd = false;
    for (Method method : javaClass.getMethods()) {
      if (TimerCatalogue.isLifecycleEnd(method.getName(), annotationsOf(classContext, method))) {
        classHasLifecycleEnd = true;
      }
    }
    super.visitClassContext(classContext);
  }

  /** The cheap prefilter: no lambda and no nested class named in the constant pool, nothing to capture. */
  private static boolean mayCapture(JavaClass javaClass) {
    for (Constant constant : javaClass.getConstantPool().getConstantPool()) {
      if (constant instanceof ConstantInvokeDynamic
          || constant instanceof ConstantClass type
              && ((String) type.getConstantValue(javaClass.getConstantPool())).indexOf('$') >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void sawOpcode(int seen) {
    pending = null;
    boolean instanceContext = !getMethod().isStatic();
    switch (seen) {
      case Const.NEW -> pending = instanceContext ? capturing.of(getClassConstantOperand(), getPC()) : null;
      case Const.INVOKEDYNAMIC -> pending = instanceContext ? lambdaCapturingThis() : null;
      case Const.PUTSTATIC -> sawStaticStore();
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE -> sawCall();
      case Const.INVOKESPECIAL -> pending = threadWithEndlessTask();
      case Const.ARETURN -> sawReturn();
      default -> { }
    }
  }

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    if (pending != null && stack.getStackDepth() > 0) {
      stack.getStackItem(0).setUserValue(pending);
    }
  }

  /** A lambda or method reference whose captured arguments include {@code this} (local 0). */
  private Captured lambdaCapturingThis() {
    String implementation = LambdaFactories.implementationOf(getThisClass(), indexOperand());
    if (implementation == null) {
      return null;
    }
    int captured = Type.getArgumentTypes(getSigConstantOperand()).length;
    for (int i = 0; i < captured && i < stack.getStackDepth(); i++) {
      if (stack.getStackItem(i).getRegisterNumber() == 0) {
        Capturer kind = implementation.startsWith("lambda$") ? Capturer.LAMBDA : Capturer.METHOD_REFERENCE;
        return new Captured(kind, kind.describe(""), getPC(), getDottedClassName(), implementation);
      }
    }
    return null;
  }

  /** The constant-pool index of the instruction at hand (an {@code invokedynamic}'s call site). */
  private int indexOperand() {
    return getCode().getCode()[getPC() + 1] << 8 & 0xff00 | getCode().getCode()[getPC() + 2] & 0xff;
  }

  /** {@code new Thread(task)} with a capturing task whose run never ends: the new thread is marked. */
  private ThreadWithEndlessTask threadWithEndlessTask() {
    if (!getNameConstantOperand().equals(Const.CONSTRUCTOR_NAME)
        || !CaptureSinkCatalogue.isThread(types.typeAndSupertypes(getDottedClassConstantOperand()))) {
      return null;
    }
    int arguments = Type.getArgumentTypes(getSigConstantOperand()).length;
    for (int i = 0; i < arguments && i < stack.getStackDepth(); i++) {
      if (stack.getStackItem(i).getUserValue() instanceof Captured task && endless.neverEnds(task)) {
        return new ThreadWithEndlessTask(task);
      }
    }
    return null;
  }

  // Rule 5: a started thread whose task captures this and never ends.
  private void sawThreadStart(OpcodeStack.Item thread) {
    Captured task = null;
    if (thread.getUserValue() instanceof ThreadWithEndlessTask marked) {
      task = marked.task();
    } else if (thread.getUserValue() instanceof Captured subclass && endless.neverEnds(subclass)) {
      task = subclass; // an anonymous or inner Thread subclass of its own
    }
    if (task != null) {
      add(Rule.ENDLESS_THREAD, task, null, InnerClassMessages.runsInEndlessThread(task.description(), outerName()));
    }
  }

  // Rule 1, and a field set back to null.
  private void sawStaticStore() {
    XField field = getXFieldOperand();
    if (field == null || stack.getStackDepth() == 0) {
      return;
    }
    OpcodeStack.Item value = stack.getStackItem(0);
    if (value.isNull()) {
      undone(field.getClassName() + "#" + field.getName());
    } else if (value.getUserValue() instanceof Captured captured) {
      add(Rule.STATIC_FIELD, captured, field.getClassName() + "#" + field.getName(),
          InnerClassMessages.storedInStaticField(captured.description(), outerName(), field.getName()));
    }
  }

  // Rules 2 and 3, and removals.
  private void sawCall() {
    String name = getNameConstantOperand();
    Type[] parameters = Type.getArgumentTypes(getSigConstantOperand());
    if (stack.getStackDepth() <= parameters.length) {
      return;
    }
    String owner = getDottedClassConstantOperand();
    boolean nullArgument = parameters.length == 1 && stack.getStackItem(0).isNull();
    if (CaptureSinkCatalogue.isRemoval(name, nullArgument)) {
      undone(owner);
    }
    if (name.equals("start") && CaptureSinkCatalogue.isThreadStart(name, parameters.length, types.typeAndSupertypes(owner))) {
      sawThreadStart(stack.getStackItem(0));
      return;
    }
    String receiver = longLived(stack.getStackItem(parameters.length));
    if (receiver == null) {
      return;
    }
    List<String> parameterTypes = new ArrayList<>();
    for (Type parameter : parameters) {
      parameterTypes.add(TypeNames.nameOf(parameter));
    }
    Sink sink = sinks.classify(name, types.typeAndSupertypes(owner), parameterTypes);
    boolean discarded = getNextOpcode() == Const.POP || getNextOpcode() == Const.POP2
        || Type.getReturnType(getSigConstantOperand()) == Type.VOID;
    if (sink == Sink.PERIODIC && (!discarded || classHasLifecycleEnd)) {
      return;
    }
    if (sink != Sink.STORES && sink != Sink.PERIODIC) {
      return;
    }
    for (int i = 0; i < parameters.length; i++) {
      if (stack.getStackItem(parameters.length - 1 - i).getUserValue() instanceof Captured captured) {
        if (sink == Sink.STORES) {
          add(Rule.STORES, captured, owner,
              InnerClassMessages.keptByLongLivedReceiver(captured.description(), outerName(), receiver, name));
        } else {
          add(Rule.PERIODIC, captured, null,
              InnerClassMessages.periodicOnSharedScheduler(captured.description(), outerName(), receiver, name));
        }
      }
    }
  }

  // Rule 4.
  private void sawReturn() {
    if (getMethod().isPublic() && !getMethodName().startsWith("lambda$") && stack.getStackDepth() > 0
        && stack.getStackItem(0).getUserValue() instanceof Captured captured
        && captured.kind() == Capturer.DOUBLE_BRACE) {
      add(Rule.RETURNED, captured, null,
          InnerClassMessages.doubleBraceReturned(captured.description(), outerName(), getMethodName()));
    }
  }

  /** How the message names a receiver that lives as long as the application; null for any other. */
  private static String longLived(OpcodeStack.Item receiver) {
    XField field = receiver.getXField();
    if (field != null && field.isStatic()) {
      return TypeNames.simpleName(field.getClassName()) + "." + field.getName();
    }
    XMethod source = receiver.getReturnValueOf();
    if (source != null && source.isStatic()
        && CaptureSinkCatalogue.isSingletonAccessor(source.getName(), Type.getArgumentTypes(source.getSignature()).length)) {
      return TypeNames.simpleName(source.getClassName()) + "." + source.getName() + "()";
    }
    return null;
  }

  private void add(Rule rule, Captured captured, String undoneBy, String message) {
    if (outerLivesForApplication()) {
      return; // an enum constant or singleton: nothing can make it live longer
    }
    findings.add(new Finding(rule, getXMethod(),
        SourceLineAnnotation.fromVisitedInstruction(getClassContext(), this, captured.pc() >= 0 ? captured.pc() : getPC()),
        message, topLevel(getDottedClassName()), undoneBy));
  }

  private void undone(String what) {
    undone.computeIfAbsent(topLevel(getDottedClassName()), k -> new HashSet<>()).add(what);
  }

  /** The named class whose code this is is an enum or a singleton ({@link Singletons}). */
  private boolean outerLivesForApplication() {
    return Singletons.isSingleton(outerClass());
  }

  /** The dotted name of the named class whose code this is ({@code a.Outer} for {@code a.Outer$1}). */
  private String outerClass() {
    String name = getDottedClassName();
    while (name.matches(".*\\$[0-9]+$")) {
      name = name.substring(0, name.lastIndexOf('$'));
    }
    return name;
  }

  /** The simple name of the named class whose code this is ({@code Outer} for {@code Outer$1}). */
  private String outerName() {
    return TypeNames.simpleName(outerClass()).replaceFirst("^[0-9]+", "");
  }

  private static String topLevel(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }

  private static List<String> annotationsOf(ClassContext classContext, Method method) {
    List<String> names = new ArrayList<>();
    XMethod xmethod = edu.umd.cs.findbugs.ba.XFactory.createXMethod(classContext.getJavaClass(), method);
    for (ClassDescriptor annotation : xmethod.getAnnotationDescriptors()) {
      names.add(annotation.getDottedClassName());
    }
    return names;
  }

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    for (Finding finding : findings) {
      Set<String> undoneHere = undone.getOrDefault(finding.topLevel(), Set.of());
      if (finding.undoneBy() != null && undoneHere.contains(finding.undoneBy())
          || !context.isApplicationClass(finding.method().getClassDescriptor())
          || LeakSuppression.isSuppressedInMethod(CHECK, finding.method())) {
        continue;
      }
      bugReporter.reportBug(
          new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
              .addClassAndMethod(finding.method())
              .addString(finding.message())
              .addSourceLine(finding.line()));
    }
  }
}
