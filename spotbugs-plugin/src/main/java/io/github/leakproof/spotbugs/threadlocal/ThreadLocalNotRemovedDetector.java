package io.github.leakproof.spotbugs.threadlocal;

import io.github.leakproof.spotbugs.common.ParameterSlots;

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
import io.github.leakproof.model.CollectionCatalogue;
import io.github.leakproof.model.IdentityCalls;
import io.github.leakproof.model.StrictMode;
import io.github.leakproof.model.ThreadLocalCatalogue;
import io.github.leakproof.model.ThreadLocalCatalogue.SetKind;
import io.github.leakproof.model.ThreadLocalFields;
import io.github.leakproof.model.ThreadLocalMessages;
import io.github.leakproof.model.ThreadLocalValues;
import io.github.leakproof.model.ThreadLocalValues.ClassLoaderPin;
import io.github.leakproof.model.ThreadLocalValues.ValueType;
import io.github.leakproof.spotbugs.common.Classes;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.TypeCatalogue;
import io.github.leakproof.spotbugs.common.TypeNames;
import io.github.leakproof.spotbugs.common.GenericSignatures;
import io.github.leakproof.spotbugs.threadlocal.ObligationEvent.Kind;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
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
import org.apache.bcel.classfile.Code;
import org.apache.bcel.generic.ACONST_NULL;
import org.apache.bcel.generic.ConstantPoolGen;
import org.apache.bcel.generic.INVOKEDYNAMIC;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.InstructionList;
import org.apache.bcel.generic.InvokeInstruction;
import org.apache.bcel.generic.MethodGen;

/**
 * {@code LEAK_THREADLOCAL_NOT_REMOVED}: a {@code ThreadLocal} given a value that is never removed —
 * the bytecode twin of the Error Prone check {@code ThreadLocalNotRemoved}, with the same rules:
 *
 * <ol>
 *   <li><b>Never removed</b> (reported on the field, after all classes): a thread-local field is
 *       given a value ({@link SetKind#GIVES_VALUE}), or is a per-thread cache whose value pins the
 *       application's class loader, and no class of the analysed program removes it, passes it on, or
 *       undoes its setter in a {@code finally} — public or not ({@link ThreadLocalFields} decides).
 *   <li><b>Not removed on every path</b> (reported on the {@code set}): a method sets a thread-local
 *       and removes it later on its normal path (itself, or through a method of its class), but no
 *       {@code finally} covers the set and some path to the method's exit — an exception from a call,
 *       an early return — skips the removal: a dataflow analysis over the method's control-flow graph.
 *   <li><b>Strict</b>: with {@code threadlocal-caches}, caches whose value may pin a class loader; with
 *       {@code threadlocal-entries}, every field that leaves an entry and that nothing {@code remove()}s.
 * </ol>
 *
 * <p>The operand stack ({@link OpcodeStack}) tells which variable each call's receiver and arguments
 * came from: a field, or a local slot.
 */
public class ThreadLocalNotRemovedDetector extends OpcodeStackDetector {
  private static final Check CHECK = Check.THREADLOCAL_NOT_REMOVED;

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final ThreadLocalCatalogue catalogue;
  private final TypeCatalogue threadLocals;
  private final TypeNames typeNames = new TypeNames();
  private final boolean reportCaches;
  private final boolean reportEntries;
  private ClassDescriptor someAnalysedClass;

  /** Whole program: methods called in a {@code finally} or with a {@code null} argument ({@code Holder.set(previous)}). */
  private final Set<String> undoingCalls = new HashSet<>();

  /** Read on demand: the methods each undoing call passes its parameters on to. */
  private final ParameterForwarding forwarding = new ParameterForwarding();

  /** Whole program: what happens to each thread-local field, gathered over every class. */
  private final Map<XField, FieldFacts> fields = new LinkedHashMap<>();

  /** Current class: each method's facts, by name and signature. */
  private final Map<String, MethodFacts> methods = new HashMap<>();

  /** Current class: fields that hold an earlier read of a thread-local ({@code previous = local.get()}). */
  private final Set<XField> holdersOfEarlierReads = new HashSet<>();

  /** Current method: offsets of boxing calls whose argument was a constant. */
  private final Set<Integer> constantBoxing = new HashSet<>();

  public ThreadLocalNotRemovedDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    this.catalogue = ThreadLocalCatalogue.of(options.values());
    this.threadLocals = new TypeCatalogue(catalogue.types());
    this.reportEntries = options.values().isStrict(StrictMode.THREADLOCAL_ENTRIES);
    this.reportCaches = reportEntries || options.values().isStrict(StrictMode.THREADLOCAL_CACHES);
  }

  private static final class FieldFacts {
    SourceLineAnnotation firstSet;
    boolean cleared;
    boolean removed;
    boolean isSet;
    boolean escapes;
    boolean isCache;
    /** The program calls a shrinking method on its value ({@code STACK.get().pop()}): emptied after use. */
    boolean emptied;
    /** A method grows its value again after shrinking it: not empty at rest after all. */
    boolean refilled;
    /** The first method that reads or sets it, for the message. */
    String firstUser;
    /** The classes of the values cache fills give it ({@code set(new Session())}). */
    final Set<String> fillClasses = new HashSet<>();
    /** Methods that set it to their own parameter, as {@code owner.name(signature)}. */
    final Set<String> setters = new HashSet<>();
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    methods.clear();
    holdersOfEarlierReads.clear();
    if (!options.isValid()) {
      someAnalysedClass = classContext.getClassDescriptor();
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    if (!mentionsThreadLocals(classContext.getJavaClass())) {
      recordUndoingCalls(classContext.getJavaClass()); // a holder's callers
      return; // most classes: no operand-stack pass at all
    }
    super.visitClassContext(classContext);
    judgeRestoresThroughFields();
    putBackHandedOutValues();
    recordFieldFacts(classContext);
    recordCallsInFinally(classContext);
    Map<XField, Set<String>> clearingMethods = clearingMethods();
    for (Method method : classContext.getJavaClass().getMethods()) {
      MethodFacts facts = methods.get(method.getName() + method.getSignature());
      if (facts != null) {
        checkEveryPathRemoves(classContext, method, facts, clearingMethods);
      }
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
        ConstantNameAndType nameAndType =
            pool.getConstant(member.getNameAndTypeIndex(), ConstantNameAndType.class);
        boolean threadLocalMember =
            constant instanceof ConstantFieldref
                ? threadLocals.containsSignature(nameAndType.getSignature(pool))
                : threadLocals.contains(member.getClass(pool));
        if (threadLocalMember) {
          return true;
        }
      }
    }
    return false;
  }

  // ---- Gathering: what each instruction does to thread-locals.

  /** The field whose {@code get()} the current instruction calls: its result is marked with it. */
  private XField readField;

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    if (readField != null && stack.getStackDepth() > 0) {
      stack.getStackItem(0).setUserValue(readField); // follows the value through locals
    }
    readField = null;
  }

  @Override
  public void sawOpcode(int seen) {
    MethodFacts facts = currentMethod();
    facts.opcodes.put(getPC(), seen);
    if (isBranch(seen)) { // single-target branches: the if-s and goto-s
      facts.branchTargets.put(getPC(), getBranchTarget());
    }
    switch (seen) {
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC ->
          sawCall(seen, facts);
      case Const.INVOKEDYNAMIC -> escapeAll(PreorderVisitor.getNumberArguments(getSigConstantOperand()));
      case Const.PUTFIELD, Const.PUTSTATIC -> sawStore();
      case Const.ARETURN -> {
        escape(stack.getStackItem(0));
        facts.returnsARead |= isReadOfAThreadLocal(stack.getStackItem(0));
      }
      case Const.AASTORE -> escape(stack.getStackItem(0));
      case Const.ASTORE, Const.ASTORE_0, Const.ASTORE_1, Const.ASTORE_2, Const.ASTORE_3 -> {
        if (stack.getStackDepth() > 0 && stack.getStackItem(0).getUserValue() instanceof XField read) {
          localsHoldingReads.put(getRegisterOperand(), read);
        }
      }
      case Const.IFNULL, Const.IFNONNULL -> {
        if (isReadOfAThreadLocal(stack.getStackItem(0)) || readOf(stack.getStackItem(0)) != null) {
          facts.nullChecks.add(new MethodFacts.NullCheck(getPC(), seen, getBranchTarget()));
        }
      }
      default -> {}
    }
  }

  private void sawCall(int seen, MethodFacts facts) {
    String owner = getClassConstantOperand();
    String name = getNameConstantOperand();
    int arguments = PreorderVisitor.getNumberArguments(getSigConstantOperand());
    if (seen != Const.INVOKESTATIC && threadLocals.contains(owner)) {
      Object variable = variableOf(stack.getStackItem(arguments));
      if (variable == null) {
        return;
      }
      if (variable instanceof XField field && facts(field).firstUser == null) {
        facts(field).firstUser = userName(getMethodName());
      }
      if (variable instanceof XField field && name.equals("get") && arguments == 0) {
        readField = field;
      }
      if (ThreadLocalCatalogue.isRemove(name, arguments)) {
        facts.events.add(ObligationEvent.remove(getPC(), variable));
      } else if (ThreadLocalCatalogue.isSet(name, arguments)) {
        OpcodeStack.Item value = stack.getStackItem(0);
        SetKind kind = kindOfSet(value, facts);
        facts.events.add(ObligationEvent.set(getPC(), variable, kind, value.getXField(), isParameter(value)));
        if (kind == SetKind.CACHE_FILL && variable instanceof XField field && value.getSignature().startsWith("L")) {
          facts(field).fillClasses.add(value.getSignature().substring(1, value.getSignature().length() - 1).replace('/', '.'));
        }
      }
      return;
    }
    // The thread-local whose value the call is made on: STACK.get().pop(), ref.get() on tl.get().
    XField calledOnRead =
        seen != Const.INVOKESTATIC && stack.getStackDepth() > arguments ? readOf(stack.getStackItem(arguments)) : null;
    if (calledOnRead != null && CollectionCatalogue.effectOf(name) == CollectionCatalogue.Effect.SHRINKS) {
      facts(calledOnRead).emptied = true; // STACK.get().pop(): the thread's container is emptied after use
      facts.shrunk.add(calledOnRead);
    } else if (calledOnRead != null
        && CollectionCatalogue.effectOf(name) == CollectionCatalogue.Effect.GROWS
        && facts.shrunk.contains(calledOnRead)) {
      facts(calledOnRead).refilled = true; // drains the old entries, then queues a new one: never empty at rest
    }
    if (seen == Const.INVOKESTATIC
        && arguments > 0
        && IdentityCalls.returnsFirstArgument(getDottedClassConstantOperand(), name)
        && stack.getStackItem(arguments - 1).getUserValue() instanceof XField read) {
      readField = read; // requireNonNull(tl.get()): the result is still the thread-local's value
    }
    if (calledOnRead != null && ThreadLocalCatalogue.readsReferent(typeNames.typeAndSupertypes(owner), name, arguments)) {
      readField = calledOnRead; // tl.get().get(): the value behind the thread's soft reference
    }
    String callee = methodKey(getDottedClassConstantOperand(), name, getSigConstantOperand());
    for (int i = 0; i < arguments; i++) {
      if (stack.getStackItem(i).isNull()) {
        undoingCalls.add(callee); // Holder.set(null)
      }
    }
    facts.calls.put(getPC(), callee);
    if (seen == Const.INVOKESTATIC
        && ThreadLocalCatalogue.isBoxing(owner.replace('/', '.'), name)
        && arguments == 1
        && stack.getStackItem(0).getConstant() != null) {
      constantBoxing.add(getPC());
    }
    if (owner.equals(getClassName()) && seen != Const.INVOKEINTERFACE) {
      facts.events.add(ObligationEvent.callLocal(getPC(), name + getSigConstantOperand()));
    }
    escapeAll(arguments);
  }

  /** What a {@code set(value)} does, as far as this instruction shows (restores through fields come later). */
  private SetKind kindOfSet(OpcodeStack.Item value, MethodFacts facts) {
    if (value.isNull() || isReadOfAThreadLocal(value)) {
      return SetKind.CLEARS;
    }
    XField field = value.getXField();
    boolean boxedConstant = constantBoxing.contains(facts.opcodes.lowerKey(getPC()));
    if (value.getConstant() != null
        || boxedConstant
        || (field != null && field.isStatic() && field.isFinal())
        || isSwitch(value)) {
      return SetKind.MARKER;
    }
    if (facts.runsOnlyWhenEmpty(getPC())) {
      return SetKind.CACHE_FILL;
    }
    return SetKind.GIVES_VALUE;
  }

  /** A {@code boolean} or {@code Boolean} value: a per-thread switch. */
  private static boolean isSwitch(OpcodeStack.Item value) {
    String signature = value.getSignature();
    return signature.equals("Z") || signature.equals("Ljava/lang/Boolean;");
  }

  /** The operand is one of the current method's parameters, as passed in. */
  private boolean isParameter(OpcodeStack.Item value) {
    int slot = value.getRegisterNumber();
    if (slot < 0 || value.getXField() != null || value.getReturnValueOf() != null) {
      return false;
    }
    return slot < ParameterSlots.of(getMethod());
  }

  private void sawStore() {
    XField target = getXFieldOperand();
    OpcodeStack.Item value = stack.getStackItem(0);
    escape(value);
    if (target == null) {
      return;
    }
    if (isReadOfAThreadLocal(value)) {
      holdersOfEarlierReads.add(target);
    }
    if (isThreadLocalField(target) && hasInitialValue(value)) {
      facts(target).isCache = true;
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

  /** A value that {@code get()} of a thread-local returned. */
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

  private MethodFacts currentMethod() {
    String key = getMethodName() + getMethodSig();
    MethodFacts facts = methods.get(key);
    if (facts == null) {
      facts = new MethodFacts();
      methods.put(key, facts);
      constantBoxing.clear();
      localsHoldingReads.clear();
    }
    return facts;
  }

  /**
   * Locals given a thread-local's value in the current method ({@code List<X> held = tl.get();}): the
   * operand stack drops a value's mark where paths merge (a loop over the list), the local's slot does not.
   */
  private final Map<Integer, XField> localsHoldingReads = new HashMap<>();

  /** The thread-local field whose {@code get()} gave this value, if known. */
  private XField readOf(OpcodeStack.Item value) {
    if (value.getUserValue() instanceof XField read) {
      return read;
    }
    return value.getRegisterNumber() >= 0 ? localsHoldingReads.get(value.getRegisterNumber()) : null;
  }

  // ---- After the class: judge what needs the whole class, then record field facts.

  /** {@code set(previous)} where a field of this class holds an earlier read: a restore. */
  private void judgeRestoresThroughFields() {
    for (MethodFacts facts : methods.values()) {
      facts.events.replaceAll(
          event ->
              event.givesValue() && holdersOfEarlierReads.contains(event.valueField())
                  ? event.withSetKind(SetKind.CLEARS)
                  : event);
    }
  }

  /**
   * The swap API: a method that gives a thread-local a new value and returns the one it replaced
   * hands the caller a value to put back, so a set of a parameter in this class is that restore.
   */
  private void putBackHandedOutValues() {
    Set<Object> swapped = new HashSet<>();
    for (MethodFacts facts : methods.values()) {
      if (facts.returnsARead) {
        facts.events.stream().filter(ObligationEvent::givesValue).forEach(e -> swapped.add(e.variable()));
      }
    }
    for (MethodFacts facts : methods.values()) {
      facts.events.replaceAll(
          event ->
              event.givesValue() && event.valueIsParameter() && swapped.contains(event.variable())
                  ? event.withSetKind(SetKind.CLEARS)
                  : event);
    }
  }

  private void recordFieldFacts(ClassContext classContext) {
    for (Method method : classContext.getJavaClass().getMethods()) {
      MethodFacts facts = methods.get(method.getName() + method.getSignature());
      if (facts == null) {
        continue;
      }
      for (ObligationEvent event : facts.events) {
        if (!(event.variable() instanceof XField field)) {
          continue;
        }
        FieldFacts fieldFacts = facts(field);
        fieldFacts.removed |= event.kind() == Kind.REMOVE;
        fieldFacts.isSet |= event.kind() == Kind.SET;
        if (event.givesValue() && event.valueIsParameter()) {
          fieldFacts.setters.add(methodKey(classContext.getJavaClass().getClassName(), method.getName(), method.getSignature()));
        }
        if (event.clearsDirectly()) {
          fieldFacts.cleared = true;
        } else if (event.kind() == Kind.SET && event.setKind() == SetKind.CACHE_FILL) {
          fieldFacts.isCache = true;
        } else if (event.givesValue() && fieldFacts.firstSet == null) {
          fieldFacts.firstSet = SourceLineAnnotation.fromVisitedInstruction(classContext, method, event.pc());
        }
      }
    }
  }

  /**
   * Calls made in a {@code finally}: javac copies a finally block into a catch-any handler, so a call
   * between such a handler's start and its rethrow runs in the finally.
   */
  private void recordCallsInFinally(ClassContext classContext) {
    for (Method method : classContext.getJavaClass().getMethods()) {
      MethodFacts facts = methods.get(method.getName() + method.getSignature());
      if (facts == null || method.getCode() == null || method.getCode().getExceptionTable() == null) {
        continue;
      }
      for (var handler : method.getCode().getExceptionTable()) {
        if (handler.getCatchType() != 0) {
          continue;
        }
        int end = facts.firstThrowFrom(handler.getHandlerPC());
        if (end >= 0) {
          undoingCalls.addAll(facts.calls.subMap(handler.getHandlerPC(), true, end, false).values());
        }
      }
    }
  }

  /**
   * Without an operand-stack pass, for classes that name no thread-local: the calls in a {@code finally}
   * (a catch-any handler up to its rethrow), and the one-argument calls given {@code null}.
   */
  private void recordUndoingCalls(JavaClass javaClass) {
    ConstantPoolGen pool = new ConstantPoolGen(javaClass.getConstantPool());
    for (Method method : javaClass.getMethods()) {
      Code code = method.getCode();
      if (code == null) {
        continue;
      }
      List<int[]> finallyRanges = new ArrayList<>();
      for (var handler : code.getExceptionTable()) {
        if (handler.getCatchType() == 0) {
          finallyRanges.add(new int[] {handler.getHandlerPC(), Integer.MAX_VALUE});
        }
      }
      if (finallyRanges.isEmpty() && !containsByte(code.getCode(), Const.ACONST_NULL)) {
        continue; // no finally, no null: nothing to find, without decoding the method
      }
      InstructionList instructions;
      try {
        instructions = new InstructionList(code.getCode());
      } catch (RuntimeException unreadable) {
        continue;
      }
      try {
        Instruction previous = null;
        for (InstructionHandle handle : instructions.getInstructionHandles()) {
          Instruction instruction = handle.getInstruction();
          int pc = handle.getPosition();
          if (instruction.getOpcode() == Const.ATHROW) {
            finallyRanges.forEach(range -> range[1] = range[0] <= pc && pc < range[1] ? pc : range[1]);
          }
          if (instruction instanceof InvokeInstruction call && !(instruction instanceof INVOKEDYNAMIC)) {
            String key = methodKey(call.getClassName(pool), call.getMethodName(pool), call.getSignature(pool));
            boolean inFinally = finallyRanges.stream().anyMatch(range -> range[0] <= pc && pc < range[1]);
            boolean givenNull = previous instanceof ACONST_NULL && call.getArgumentTypes(pool).length == 1;
            if (inFinally || givenNull) {
              undoingCalls.add(key);
            }
          }
          previous = instruction;
        }
      } finally {
        instructions.dispose();
      }
    }
  }

  private static boolean containsByte(byte[] bytes, int value) {
    for (byte b : bytes) {
      if (b == value) {
        return true;
      }
    }
    return false;
  }

  private static String methodKey(String dottedOwner, String name, String signature) {
    return dottedOwner + "." + name + signature;
  }

  /** How a message names the method: a constructor by its class, a lambda by the method it is written in. */
  private String userName(String methodName) {
    if (methodName.equals("<clinit>")) {
      return null;
    }
    if (methodName.equals("<init>")) {
      return getDottedClassName().substring(getDottedClassName().lastIndexOf('.') + 1).replaceAll(".*\\$", "");
    }
    if (methodName.startsWith("lambda$")) {
      String[] parts = methodName.split("\\$");
      return parts.length > 1 && !parts[1].equals("static") && !parts[1].equals("new") ? parts[1] : null;
    }
    return methodName;
  }

  // ---- Rule 2: a method that removes what it set, but not on every path.

  /** The methods of the current class that remove each field themselves. */
  private Map<XField, Set<String>> clearingMethods() {
    Map<XField, Set<String>> clearing = new HashMap<>();
    methods.forEach(
        (method, facts) -> {
          for (ObligationEvent event : facts.events) {
            if (event.clearsDirectly() && event.variable() instanceof XField field) {
              clearing.computeIfAbsent(field, f -> new HashSet<>()).add(method);
            }
          }
        });
    return clearing;
  }

  private void checkEveryPathRemoves(
      ClassContext classContext, Method method, MethodFacts facts, Map<XField, Set<String>> clearingMethods) {
    List<ObligationEvent> sites = new ArrayList<>();
    CFG cfg = null;
    for (ObligationEvent set : facts.events) {
      if (!set.givesValue()) {
        continue;
      }
      IntPredicate removes = pc -> removesAt(facts, pc, set.variable(), clearingMethods, false);
      IntPredicate undoes = pc -> removesAt(facts, pc, set.variable(), clearingMethods, true);
      if (facts.events.stream().noneMatch(e -> removes.test(e.pc()))) {
        continue; // sets only: a setter API, judged by rule 1
      }
      if (RemovalPaths.coveredByFinally(set.pc(), method.getCode().getExceptionTable(), facts, undoes)) {
        continue;
      }
      try {
        cfg = cfg != null ? cfg : classContext.getCFG(method);
      } catch (CFGBuilderException e) {
        bugReporter.logError("Leakproof: cannot build the control-flow graph of " + getClassName() + "." + method.getName(), e);
        return;
      }
      if (RemovalPaths.removedLaterOnTheNormalPath(cfg, set.pc(), removes)) {
        sites.add(set);
      }
    }
    if (sites.isEmpty()) {
      return;
    }
    BitSet open = openAtExit(classContext, method, cfg, facts, sites, clearingMethods);
    for (int site = open.nextSetBit(0); site >= 0; site = open.nextSetBit(site + 1)) {
      reportOpenSite(classContext, method, sites.get(site));
    }
  }

  /**
   * True if the instruction at {@code pc} takes {@code variable}'s value away: a remove(), a clearing
   * set, a call to a method of this class that removes the field — or, with {@code anySet}, any set
   * of it (what a {@code finally} that puts a value back does).
   */
  private static boolean removesAt(
      MethodFacts facts, int pc, Object variable, Map<XField, Set<String>> clearingMethods, boolean anySet) {
    for (ObligationEvent event : facts.events) {
      if (event.pc() != pc) {
        continue;
      }
      switch (event.kind()) {
        case REMOVE, SET -> {
          if (event.variable().equals(variable) && (anySet || event.clearsDirectly())) {
            return true;
          }
        }
        case CALL_LOCAL -> {
          if (variable instanceof XField field
              && clearingMethods.getOrDefault(field, Set.of()).contains(event.callee())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private BitSet openAtExit(
      ClassContext classContext,
      Method method,
      CFG cfg,
      MethodFacts facts,
      List<ObligationEvent> sites,
      Map<XField, Set<String>> clearingMethods) {
    Map<Integer, List<Integer>> effects = new HashMap<>();
    Set<Integer> quietCalls = new HashSet<>();
    for (ObligationEvent event : facts.events) {
      if (event.kind() != Kind.CALL_LOCAL) {
        quietCalls.add(event.pc()); // the thread-local's own methods
      }
    }
    for (int site = 0; site < sites.size(); site++) {
      ObligationEvent set = sites.get(site);
      effects.computeIfAbsent(set.pc(), k -> new ArrayList<>()).add(site);
      for (ObligationEvent event : facts.events) { // only event offsets can remove
        int pc = event.pc();
        if (pc != set.pc() && removesAt(facts, pc, set.variable(), clearingMethods, false)) {
          effects.computeIfAbsent(pc, k -> new ArrayList<>()).add(OpenSetsAnalysis.closing(site));
          quietCalls.add(pc); // a removal that throws has not skipped the removal
        }
      }
    }
    try {
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
        ThreadLocalMessages.notRemovedOnEveryPath(
            nameOf(set.variable(), method), whatSkipsTheRemoval(classContext, method, set));
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

  /** The first call after the set that is not a thread-local's own: an exception there skips the removal. */
  private String whatSkipsTheRemoval(ClassContext classContext, Method method, ObligationEvent set) {
    MethodGen code = classContext.getMethodGen(method);
    if (code != null) {
      var pool = classContext.getConstantPoolGen();
      InstructionHandle start = code.getInstructionList().findHandle(set.pc());
      for (InstructionHandle handle = start == null ? null : start.getNext(); handle != null; handle = handle.getNext()) {
        if (handle.getInstruction() instanceof InvokeInstruction call
            && !threadLocals.contains(call.getClassName(pool))) {
          String owner = call.getClassName(pool);
          return ThreadLocalMessages.ifThrows(owner.substring(owner.lastIndexOf('.') + 1) + "." + call.getMethodName(pool));
        }
      }
    }
    return ThreadLocalMessages.exceptionOrEarlyExit();
  }

  /** A container the program empties after each use keeps nothing of its elements at rest. */
  private static ClassLoaderPin pinOf(ValueType type, boolean emptied) {
    return emptied ? ThreadLocalValues.pinOfEmptiedContainer(type) : ThreadLocalValues.pinOf(type);
  }

  // ---- Rule 1 (and strict caches): after every class, the fields nothing removes.

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    fields.forEach(
        (field, facts) -> {
          if (!context.isApplicationClass(field.getClassDescriptor())) {
            return;
          }
          ValueType value = GenericSignatures.firstTypeArgument(field.getSourceSignature());
          ClassLoaderPin pin = pinOf(value, facts.emptied && !facts.refilled);
          for (String fillClass : facts.fillClasses) { // what the object is, not how it is declared
            ValueType filled = ValueType.plain(fillClass);
            if (pinOf(filled, facts.emptied && !facts.refilled).compareTo(pin) > 0) {
              pin = pinOf(filled, facts.emptied && !facts.refilled);
              value = filled;
            }
          }
          boolean cleared = // the callers restore or clear through the setter, or a helper passing its parameter on to it
              facts.cleared
                  || ThreadLocalFields.undoneThroughSetter(undoingCalls, facts.setters, forwarding::passesParameterTo);
          ThreadLocalFields.Facts judged =
              new ThreadLocalFields.Facts(
                  facts.firstSet != null, facts.isCache, facts.isSet, cleared, facts.removed, facts.escapes, pin);
          String name = field.getName();
          String message =
              switch (ThreadLocalFields.judge(judged, reportCaches, reportEntries)) {
                case NONE -> null;
                case NEVER_REMOVED -> ThreadLocalMessages.neverRemoved(name, whereFirstSet(field, facts.firstSet));
                case PINS_CLASS_LOADER ->
                    ThreadLocalMessages.pinsClassLoader(
                        name, ThreadLocalValues.describe(value), ThreadLocalValues.pinningClass(value), facts.firstUser);
                case CACHE -> ThreadLocalMessages.cacheNeverRemoved(name);
                case ENTRY_LEFT -> ThreadLocalMessages.entryLeft(name);
              };
          if (message == null || LeakSuppression.isSuppressed(CHECK, field, field.getClassDescriptor())) {
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

  /** {@code line 11}, or {@code Filter.java line 11} when another class gives the value. */
  private static String whereFirstSet(XField field, SourceLineAnnotation firstSet) {
    String line = "line " + firstSet.getStartLine();
    String fieldClass = field.getClassName();
    String setClass = firstSet.getClassName();
    String topLevel = fieldClass.contains("$") ? fieldClass.substring(0, fieldClass.indexOf('$')) : fieldClass;
    return setClass.equals(topLevel) || setClass.startsWith(topLevel + "$") ? line : firstSet.getSourceFile() + " " + line;
  }
}
