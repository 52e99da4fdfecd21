package io.github.leakproof.spotbugs.threadlocal;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.CFG;
import edu.umd.cs.findbugs.ba.CFGBuilderException;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.Dataflow;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.ba.XFactory;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import edu.umd.cs.findbugs.visitclass.PreorderVisitor;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.StrictMode;
import io.github.leakproof.model.ThreadLocalCatalogue;
import io.github.leakproof.model.ThreadLocalMessages;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.TypeCatalogue;
import io.github.leakproof.spotbugs.common.Visibility;
import io.github.leakproof.spotbugs.threadlocal.ObligationEvent.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantCP;
import org.apache.bcel.classfile.ConstantFieldref;
import org.apache.bcel.classfile.ConstantInterfaceMethodref;
import org.apache.bcel.classfile.ConstantMethodref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InvokeInstruction;

/**
 * {@code LEAK_THREADLOCAL_NOT_REMOVED}: a {@code ThreadLocal} given a value that is never removed —
 * the bytecode twin of the Error Prone check {@code ThreadLocalNotRemoved}, with the same two rules:
 *
 * <ol>
 *   <li><b>Never removed</b> (reported on the field, after all classes): a thread-local field is
 *       {@code set(...)} and no class of the analysed program removes it or passes it on. Seeing the
 *       whole program, this front end also judges package-private fields; a field that code outside
 *       its package can reach (public or protected, in a public class) may be removed by another
 *       module, so it is not judged.
 *   <li><b>Not removed on every path</b> (reported on the {@code set}): a method sets a thread-local and
 *       removes it itself (or through a method of its class that removes it), but some path from the
 *       set to the method's exit — an exception from a call, an early return — skips the removal.
 *       Found with a dataflow analysis over the method's control-flow graph.
 * </ol>
 *
 * <p>The operand stack ({@link OpcodeStack}) tells which variable each call's receiver and arguments
 * came from: a field, or a local slot.
 */
public class ThreadLocalNotRemovedDetector extends OpcodeStackDetector {
  private static final Check CHECK = Check.THREADLOCAL_NOT_REMOVED;

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private ClassDescriptor someAnalysedClass;
  private final ThreadLocalCatalogue catalogue;
  private final TypeCatalogue threadLocals;
  private final boolean reportCaches;

  /** Whole program: what happens to each thread-local field, gathered over every class. */
  private final Map<XField, FieldFacts> fields = new LinkedHashMap<>();

  /** Current class: the events of each method, by name and signature. */
  private final Map<String, List<ObligationEvent>> eventsByMethod = new HashMap<>();

  public ThreadLocalNotRemovedDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    this.catalogue = ThreadLocalCatalogue.of(options.values());
    this.threadLocals = new TypeCatalogue(catalogue.types());
    this.reportCaches = options.values().isStrict(StrictMode.THREADLOCAL_CACHES);
  }

  private static final class FieldFacts {
    SourceLineAnnotation firstSet;
    boolean cleared;
    boolean escapes;
    boolean hasInitialValue;
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    eventsByMethod.clear();
    if (!options.isValid()) {
      someAnalysedClass = classContext.getClassDescriptor();
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    if (!mentionsThreadLocals(classContext.getJavaClass())) {
      return; // most classes: no operand-stack pass at all
    }
    super.visitClassContext(classContext);
    Map<XField, Set<String>> clearingMethods = clearingMethods();
    for (Method method : classContext.getJavaClass().getMethods()) {
      List<ObligationEvent> events = eventsByMethod.get(method.getName() + method.getSignature());
      if (events != null) {
        checkEveryPathRemoves(classContext, method, events, clearingMethods);
      }
    }
  }

  @Override
  public void sawOpcode(int seen) {
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC -> sawCall(seen);
      case Const.INVOKEDYNAMIC -> escapeAll(PreorderVisitor.getNumberArguments(getSigConstantOperand()));
      case Const.PUTFIELD, Const.PUTSTATIC -> sawStore();
      case Const.ARETURN, Const.AASTORE -> escape(stack.getStackItem(0));
      default -> {}
    }
  }

  /**
   * True if the class's constant pool names a thread-local field or a method of a thread-local type:
   * every event this detector gathers needs one of those.
   */
  private boolean mentionsThreadLocals(JavaClass javaClass) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantCP member
          && (constant instanceof ConstantFieldref
              || constant instanceof ConstantMethodref
              || constant instanceof ConstantInterfaceMethodref)) {
        ConstantNameAndType nameAndType = pool.getConstant(member.getNameAndTypeIndex(), ConstantNameAndType.class);
        String signature = nameAndType.getSignature(pool);
        boolean threadLocalMember =
            constant instanceof ConstantFieldref
                ? threadLocals.containsSignature(signature)
                : threadLocals.contains(member.getClass(pool));
        if (threadLocalMember) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- Gathering: what each instruction does to thread-locals.

  private void sawCall(int seen) {
    String owner = getClassConstantOperand();
    String name = getNameConstantOperand();
    int arguments = PreorderVisitor.getNumberArguments(getSigConstantOperand());
    if (seen != Const.INVOKESTATIC && threadLocals.contains(owner)) {
      Object variable = variableOf(stack.getStackItem(arguments));
      if (variable == null) {
        return;
      }
      if (ThreadLocalCatalogue.isRemove(name, arguments)) {
        record(Kind.CLEAR, variable, null);
      } else if (ThreadLocalCatalogue.isSet(name, arguments)) {
        OpcodeStack.Item value = stack.getStackItem(0);
        boolean clears = value.isNull() || isReadOfAThreadLocal(value);
        record(clears ? Kind.CLEAR : Kind.SET, variable, null);
      }
      return;
    }
    if (owner.equals(getClassName()) && seen != Const.INVOKEINTERFACE) {
      record(Kind.CALL_LOCAL, null, name + getSigConstantOperand());
    }
    escapeAll(arguments);
  }

  private void sawStore() {
    XField target = getXFieldOperand();
    OpcodeStack.Item value = stack.getStackItem(0);
    escape(value);
    if (target != null && isThreadLocalField(target) && hasInitialValue(value)) {
      facts(target).hasInitialValue = true;
    }
  }

  private void record(Kind kind, Object variable, String callee) {
    eventsByMethod
        .computeIfAbsent(getMethodName() + getMethodSig(), k -> new ArrayList<>())
        .add(new ObligationEvent(getPC(), kind, variable, callee));
    if (variable instanceof XField field) {
      FieldFacts facts = facts(field);
      if (kind == Kind.CLEAR) {
        facts.cleared = true;
      } else if (kind == Kind.SET && facts.firstSet == null) {
        facts.firstSet = SourceLineAnnotation.fromVisitedInstruction(this);
      }
    }
  }

  private void escapeAll(int arguments) {
    for (int i = 0; i < arguments && i < stack.getStackDepth(); i++) {
      escape(stack.getStackItem(i));
    }
  }

  /** A thread-local field's value passed, stored or returned: other code may remove it. */
  private void escape(OpcodeStack.Item item) {
    XField field = item.getXField();
    if (field != null && isThreadLocalField(field)) {
      facts(field).escapes = true;
    }
  }

  /** The thread-local variable an operand came from: its field, else its local slot. */
  private Object variableOf(OpcodeStack.Item item) {
    XField field = item.getXField();
    if (field != null) {
      return isThreadLocalField(field) ? field : null;
    }
    int slot = item.getRegisterNumber();
    return slot >= 0 ? Integer.valueOf(slot) : null;
  }

  /** {@code set(previous)} with {@code previous} read from a thread-local: putting back, not leaking. */
  private boolean isReadOfAThreadLocal(OpcodeStack.Item value) {
    XMethod source = value.getReturnValueOf();
    return source != null && source.getName().equals("get") && threadLocals.contains(source.getClassName());
  }

  /** {@code ThreadLocal.withInitial(...)}, or an instance of a subclass that overrides {@code initialValue()}. */
  private boolean hasInitialValue(OpcodeStack.Item value) {
    XMethod source = value.getReturnValueOf();
    if (source != null && ThreadLocalCatalogue.isInitialValueFactory(source.getClassName(), source.getName())) {
      return true;
    }
    String signature = value.getSignature();
    if (signature == null || !signature.startsWith("L")) {
      return false;
    }
    for (XClass cls = Classes.lookUp(DescriptorFactory.createClassDescriptorFromSignature(signature));
        cls != null && !catalogue.isBaseType(cls.getClassDescriptor().getDottedClassName());
        cls = Classes.lookUp(cls.getSuperclassDescriptor())) {
      for (XMethod method : cls.getXMethods()) {
        if (method.getName().equals(ThreadLocalCatalogue.INITIAL_VALUE_METHOD)
            && method.getSignature().startsWith("()")) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean isThreadLocalField(XField field) {
    return threadLocals.containsSignature(field.getSignature());
  }

  private FieldFacts facts(XField field) {
    return fields.computeIfAbsent(field, f -> new FieldFacts());
  }

  // ---- Rule 2: a method that removes what it set, but not on every path.

  /** The methods of the current class that remove each field themselves. */
  private Map<XField, Set<String>> clearingMethods() {
    Map<XField, Set<String>> clearing = new HashMap<>();
    eventsByMethod.forEach(
        (method, events) -> {
          for (ObligationEvent event : events) {
            if (event.kind() == Kind.CLEAR && event.variable() instanceof XField field) {
              clearing.computeIfAbsent(field, f -> new HashSet<>()).add(method);
            }
          }
        });
    return clearing;
  }

  private void checkEveryPathRemoves(
      ClassContext classContext, Method method, List<ObligationEvent> events, Map<XField, Set<String>> clearingMethods) {
    // Sites: the sets of variables that this method also removes; effects: what each offset does to them.
    List<ObligationEvent> sites = new ArrayList<>();
    Map<Integer, List<Integer>> effects = new HashMap<>();
    Set<Integer> quietCalls = new HashSet<>();
    Set<Object> removedHere = new LinkedHashSet<>();
    for (ObligationEvent event : events) {
      if (event.kind() == Kind.CLEAR) {
        removedHere.add(event.variable());
      } else if (event.kind() == Kind.CALL_LOCAL) {
        clearingMethods.forEach((field, methods) -> {
          if (methods.contains(event.callee())) {
            removedHere.add(field);
          }
        });
      }
    }
    for (ObligationEvent event : events) {
      if (event.kind() == Kind.SET && removedHere.contains(event.variable())) {
        sites.add(event);
      }
    }
    if (sites.isEmpty()) {
      return; // sets only: a setter API, judged by rule 1
    }
    for (ObligationEvent event : events) {
      if (event.kind() != Kind.CALL_LOCAL) {
        quietCalls.add(event.pc()); // the thread-local's own methods
      }
      for (int site = 0; site < sites.size(); site++) {
        ObligationEvent set = sites.get(site);
        if (event == set) {
          effects.computeIfAbsent(event.pc(), k -> new ArrayList<>()).add(site);
        } else if (removes(event, set.variable(), clearingMethods)) {
          effects.computeIfAbsent(event.pc(), k -> new ArrayList<>()).add(OpenSetsAnalysis.closing(site));
          quietCalls.add(event.pc()); // a removal that throws has not skipped the removal
        }
      }
    }
    BitSet open = openAtExit(classContext, method, effects, quietCalls);
    for (int site = open.nextSetBit(0); site >= 0; site = open.nextSetBit(site + 1)) {
      reportOpenSite(classContext, method, sites.get(site));
    }
  }

  private static boolean removes(ObligationEvent event, Object variable, Map<XField, Set<String>> clearingMethods) {
    return switch (event.kind()) {
      case CLEAR -> event.variable().equals(variable);
      case CALL_LOCAL -> variable instanceof XField field
          && clearingMethods.getOrDefault(field, Set.of()).contains(event.callee());
      case SET -> false;
    };
  }

  private BitSet openAtExit(
      ClassContext classContext, Method method, Map<Integer, List<Integer>> effects, Set<Integer> quietCalls) {
    try {
      CFG cfg = classContext.getCFG(method);
      OpenSetsAnalysis analysis =
          new OpenSetsAnalysis(classContext.getDepthFirstSearch(method), effects, quietCalls);
      Dataflow<OpenSetsAnalysis.OpenSets, OpenSetsAnalysis> dataflow = new Dataflow<>(cfg, analysis);
      dataflow.execute();
      OpenSetsAnalysis.OpenSets atExit = dataflow.getStartFact(cfg.getExit());
      return atExit.top ? new BitSet() : atExit.open;
    } catch (CFGBuilderException | DataflowAnalysisException e) {
      bugReporter.logError("Leakproof: cannot analyse " + getClassName() + "." + method.getName(), e);
      return new BitSet();
    }
  }

  private void reportOpenSite(ClassContext classContext, Method method, ObligationEvent set) {
    XMethod xmethod = XFactory.createXMethod(classContext.getJavaClass(), method);
    if (LeakSuppression.isSuppressed(CHECK, xmethod, classContext.getClassDescriptor())) {
      return;
    }
    String message =
        ThreadLocalMessages.notRemovedOnEveryPath(nameOf(set.variable(), method), whatSkipsTheRemoval(classContext, method, set));
    bugReporter.reportBug(
        new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
            .addClassAndMethod(classContext.getJavaClass(), method)
            .addString(message)
            .addSourceLine(SourceLineAnnotation.fromVisitedInstruction(classContext, method, set.pc())));
  }

  private static String nameOf(Object variable, Method method) {
    if (variable instanceof XField field) {
      return field.getName();
    }
    int slot = (Integer) variable;
    if (method.getLocalVariableTable() != null) {
      var local = method.getLocalVariableTable().getLocalVariable(slot, 0);
      if (local != null) {
        return local.getName();
      }
    }
    return "local #" + slot;
  }

  /** The first call after the set that is not a thread-local operation: an exception there skips the removal. */
  private static String whatSkipsTheRemoval(ClassContext classContext, Method method, ObligationEvent set) {
    try {
      var code = classContext.getMethodGen(method);
      if (code != null) {
        var cpg = classContext.getConstantPoolGen();
        for (InstructionHandle handle = code.getInstructionList().findHandle(set.pc()).getNext();
            handle != null; handle = handle.getNext()) {
          if (handle.getInstruction() instanceof InvokeInstruction call) {
            String owner = call.getClassName(cpg);
            String simpleOwner = owner.substring(owner.lastIndexOf('.') + 1);
            return ThreadLocalMessages.ifThrows(simpleOwner + "." + call.getMethodName(cpg));
          }
        }
      }
    } catch (RuntimeException e) {
      // fall through to the general wording
    }
    return ThreadLocalMessages.exceptionOrEarlyExit();
  }

  // ---- Rule 1 (and strict caches): after every class, the fields nothing removes.

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    fields.forEach(
        (field, facts) -> {
          if (facts.cleared
              || facts.escapes
              || !context.isApplicationClass(field.getClassDescriptor())
              || Visibility.isVisibleOutsideItsPackage(field)) {
            return;
          }
          String message;
          if (facts.firstSet != null) {
            message = ThreadLocalMessages.neverRemoved(field.getName(), facts.firstSet.getStartLine());
          } else if (reportCaches && facts.hasInitialValue) {
            message = ThreadLocalMessages.cacheNeverRemoved(field.getName());
          } else {
            return;
          }
          if (LeakSuppression.isSuppressed(CHECK, field, field.getClassDescriptor())) {
            return;
          }
          BugInstance bug =
              new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
                  .addClass(field.getClassDescriptor())
                  .addField(field)
                  .addString(message);
          if (facts.firstSet != null) {
            bug.addSourceLine(facts.firstSet);
          }
          bugReporter.reportBug(bug);
        });
  }
}
