package io.github.leakproof.spotbugs.collection;

import io.github.leakproof.spotbugs.common.ParameterSlots;

import edu.umd.cs.findbugs.BugInstance;
import edu.umd.cs.findbugs.BugReporter;
import edu.umd.cs.findbugs.OpcodeStack;
import edu.umd.cs.findbugs.ba.XClass;
import edu.umd.cs.findbugs.classfile.DescriptorFactory;
import io.github.leakproof.spotbugs.common.Classes;
import edu.umd.cs.findbugs.Priorities;
import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.AnalysisContext;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.bcel.OpcodeStackDetector;
import edu.umd.cs.findbugs.classfile.ClassDescriptor;
import edu.umd.cs.findbugs.visitclass.PreorderVisitor;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.CollectionCatalogue;
import io.github.leakproof.model.CollectionMessages;
import io.github.leakproof.model.StrictMode;
import io.github.leakproof.spotbugs.common.LeakSuppression;
import io.github.leakproof.spotbugs.common.PluginOptions;
import io.github.leakproof.spotbugs.common.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Constant;
import org.apache.bcel.classfile.ConstantFieldref;
import org.apache.bcel.classfile.ConstantNameAndType;
import org.apache.bcel.classfile.ConstantPool;
import org.apache.bcel.classfile.JavaClass;
import org.apache.bcel.generic.Type;

/**
 * {@code LEAK_STATIC_COLLECTION_ONLY_GROWS}: a static (or enum- or singleton-held) collection that
 * code adds to at run time and that nothing removes from — the bytecode twin of the Error Prone check
 * {@code StaticCollectionOnlyGrows}, with the same rules (docs/checks/StaticCollectionOnlyGrows.md).
 *
 * <p>Gathered over every analysed class, judged after the last: a field is reported when some method
 * that is not part of its holder's initialisation ({@link Initialisers}: initialisers, and methods that
 * the analysed code calls only from them) grows it, no analysed class
 * shrinks it (a removing call, a removal through a view, a new collection assigned at run time), its
 * initial value is not bounded or weak, and it does not escape (returned, stored in another field or an
 * array, passed to a call that may do more than read it), unless {@code
 * Leakproof:Strict=escaping-collections}. Seeing the whole analysed program, this front end judges
 * fields of any visibility.
 *
 * <p>The operand stack ({@link OpcodeStack}) tells which field a call's receiver or argument came from,
 * directly or through a local copy.
 */
@OpcodeStack.CustomUserValue
public class StaticCollectionOnlyGrowsDetector extends OpcodeStackDetector {
  private static final Check CHECK = Check.STATIC_COLLECTION_ONLY_GROWS;

  private final BugReporter bugReporter;
  private final PluginOptions options;
  private final TypeNames types = new TypeNames();
  private final CollectionFields candidates;
  private final boolean reportEscaping;
  private final boolean reportMemoCaches;
  private ClassDescriptor someAnalysedClass;

  /** Whole program: what the analysed code does with each judged field. */
  private final Map<XField, Facts> fields = new LinkedHashMap<>();

  /** Whole program: where judged fields are used, judged once every caller of every method is known. */
  private final Initialisers initialisers = new Initialisers();

  /** Current method: get-or-create spelled out by hand ({@link GuardedPuts}). */
  private final GuardedPuts guardedPuts = new GuardedPuts();

  /** Current method: the types constructed and calls made since the last store, for the value a store stores. */
  private final List<String> constructedSinceStore = new ArrayList<>();
  private final List<String> calledSinceStore = new ArrayList<>();

  public StaticCollectionOnlyGrowsDetector(BugReporter bugReporter) {
    this.bugReporter = bugReporter;
    this.options = PluginOptions.current();
    this.candidates = new CollectionFields(types, options.values().isStrict(StrictMode.CLASS_KEYED_CACHES));
    this.reportEscaping = options.values().isStrict(StrictMode.ESCAPING_COLLECTIONS);
    this.reportMemoCaches = options.values().isStrict(StrictMode.MEMO_CACHES);
  }

  private static final class Facts {
    SourceLineAnnotation firstGrowth;
    String growth;
    /** Grown at run time by something other than get-or-create: not only a memo cache. */
    boolean growsBeyondMemo;
    boolean shrinks;
    boolean escapes;
    boolean boundedValue;
  }

  @Override
  public void visitClassContext(ClassContext classContext) {
    if (!options.isValid()) {
      someAnalysedClass = classContext.getClassDescriptor();
      return; // a bad option: one LEAK_INVALID_OPTION finding, and no others
    }
    if (!mentionsCollectionFields(classContext.getJavaClass()) && !classContext.getJavaClass().isEnum()) {
      return; // most classes: no operand-stack pass at all (an enum's constructors may fill another class's table)
    }
    super.visitClassContext(classContext);
  }

  /** True if the constant pool refers to a field of a collection type. */
  private boolean mentionsCollectionFields(JavaClass javaClass) {
    ConstantPool pool = javaClass.getConstantPool();
    for (Constant constant : pool.getConstantPool()) {
      if (constant instanceof ConstantFieldref field) {
        ConstantNameAndType nameAndType = pool.getConstant(field.getNameAndTypeIndex(), ConstantNameAndType.class);
        if (candidates.isCollectionSignature(nameAndType.getSignature(pool))) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public void visitMethod(org.apache.bcel.classfile.Method method) {
    constructedSinceStore.clear();
    calledSinceStore.clear();
    guardedPuts.enter(method);
    initialisers.enter(getDottedClassName(), method.getName(), method.getSignature(), getThisClass().isEnum());
    super.visitMethod(method);
  }

  // ---- Gathering: what each instruction does to judged fields.

  @Override
  public void sawOpcode(int seen) {
    guardedPuts.sawOpcode(this, stack, seen);
    if ((seen == Const.PUTSTATIC || seen == Const.GETSTATIC) && "Z".equals(getSigConstantOperand())) {
      String flag = getDottedClassConstantOperand() + "." + getNameConstantOperand();
      if (seen == Const.GETSTATIC) {
        initialisers.sawFlagRead(flag);
      } else if (Integer.valueOf(1).equals(stack.getStackItem(0).getConstant())) {
        initialisers.sawFlagSetTrue(flag);
      }
    }
    switch (seen) {
      case Const.NEW -> constructedSinceStore.add(getDottedClassConstantOperand());
      case Const.INVOKEVIRTUAL, Const.INVOKEINTERFACE, Const.INVOKESPECIAL, Const.INVOKESTATIC -> sawCall(seen);
      case Const.INVOKEDYNAMIC -> {
        int arguments = PreorderVisitor.getNumberArguments(getSigConstantOperand());
        for (int i = 0; i < arguments && i < stack.getStackDepth(); i++) {
          escape(stack.getStackItem(i)); // captured by a lambda or method reference: followed no further
        }
      }
      case Const.PUTFIELD, Const.PUTSTATIC -> sawStore();
      case Const.ARETURN, Const.AASTORE -> escape(stack.getStackItem(0));
      case Const.ASTORE, Const.ASTORE_0, Const.ASTORE_1, Const.ASTORE_2, Const.ASTORE_3, Const.POP -> {
        constructedSinceStore.clear();
        calledSinceStore.clear();
      }
      default -> {}
    }
  }

  private void sawCall(int seen) {
    String owner = getDottedClassConstantOperand();
    String name = getNameConstantOperand();
    String signature = getSigConstantOperand();
    int arguments = PreorderVisitor.getNumberArguments(signature);
    calledSinceStore.add(name);
    String returned = Type.getReturnType(signature).getSignature();
    if (returned.startsWith("L")) {
      calledSinceStore.add(returned.substring(1, returned.length() - 1).replace('/', '.'));
    }
    if (seen != Const.INVOKESTATIC && CollectionCatalogue.removesThroughView(name)) {
      initialisers.sawRemovingCall();
    }
    if (seen != Const.INVOKESTATIC && !name.equals(Const.CONSTRUCTOR_NAME) && stack.getStackDepth() > arguments) {
      XField receiver = stack.getStackItem(arguments).getXField();
      if (candidates.isCandidate(receiver)) {
        switch (CollectionCatalogue.effectOf(name)) {
          case GROWS -> initialisers.sawGrowth(
              receiver, name, SourceLineAnnotation.fromVisitedInstruction(getClassContext(), this, getPC()),
              isMemoPut(receiver, name, arguments));
          case SHRINKS -> facts(receiver).shrinks = true;
          case VIEW -> initialisers.sawView(receiver);
          case READS -> guardedPuts.sawLookup(receiver, name, arguments, stack, getPC());
        }
      }
    }
    for (int i = 0; i < arguments && i < stack.getStackDepth(); i++) {
      XField argument = stack.getStackItem(i).getXField();
      if (candidates.isCandidate(argument)
          && !CollectionCatalogue.readsArgument(name, types.typeAndSupertypes(owner))) {
        facts(argument).escapes = true;
      }
    }
    initialisers.sawCall(owner, name, signature);
  }

  @Override
  public void afterOpcode(int seen) {
    super.afterOpcode(seen);
    guardedPuts.afterOpcode(stack);
  }

  /**
   * A put that counts as memo growth: a keyed setting (a {@code put} of the method's own parameters, in a
   * setter or of a strategy), or a
   * get-or-create spelled out by hand ({@link GuardedPuts}).
   */
  private boolean isMemoPut(XField receiver, String name, int arguments) {
    return CollectionCatalogue.isKeyedSetting(getMethodName(), name, arguments == 2 && isAbstractValue(stack.getStackItem(0)))
            && argumentsAreParameters(arguments)
        || CollectionCatalogue.isGuardablePut(name) && arguments == 2
            && guardedPuts.isGuarded(receiver, stack.getStackItem(1).getRegisterNumber(), getPC());
  }

  /** The value's declared type is an interface or an abstract class: a pluggable strategy. */
  private static boolean isAbstractValue(OpcodeStack.Item value) {
    String signature = value.getSignature();
    if (signature == null || !signature.startsWith("L")) {
      return false;
    }
    XClass type = Classes.lookUp(DescriptorFactory.createClassDescriptorFromSignature(signature));
    return type != null && (type.isInterface() || type.isAbstract());
  }

  /** The call's arguments are all the current method's parameters, as passed in (boxed at most). */
  private boolean argumentsAreParameters(int arguments) {
    int parameterSlots = ParameterSlots.of(getMethod());
    for (int i = 0; i < arguments; i++) {
      OpcodeStack.Item item = stack.getStackItem(i);
      int slot = item.getRegisterNumber();
      if (slot < (getMethod().isStatic() ? 0 : 1) || slot >= parameterSlots || item.getXField() != null) {
        return false;
      }
    }
    return arguments > 0;
  }

  private void sawStore() {
    XField target = getXFieldOperand();
    OpcodeStack.Item value = stack.getStackItem(0);
    XField source = value.getXField();
    if (candidates.isCandidate(source) && !source.equals(target)) {
      facts(source).escapes = true;
    }
    if (candidates.isCandidate(target)) {
      initialisers.sawAssignment(target, isBoundedValue(value));
    }
    constructedSinceStore.clear();
    calledSinceStore.clear();
  }

  /**
   * The stored value, or something built into it since the last store, is bounded or weak: {@code new
   * WeakHashMap<>()} inside {@code Collections.synchronizedMap(…)}, a builder's {@code maximumSize}, a
   * method returning an {@code EnumSet}.
   */
  private boolean isBoundedValue(OpcodeStack.Item value) {
    String signature = value.getSignature();
    if (signature != null && signature.startsWith("L") && candidates.isBoundedType(signature.substring(1, signature.length() - 1))) {
      return true;
    }
    for (String constructed : constructedSinceStore) {
      if (candidates.isBoundedType(constructed)) {
        return true;
      }
    }
    for (String call : calledSinceStore) {
      if (CollectionCatalogue.isBoundingCall(call) || call.indexOf('.') > 0 && candidates.isBoundedType(call)) {
        return true;
      }
    }
    return false;
  }

  private void escape(OpcodeStack.Item item) {
    XField field = item.getXField();
    if (candidates.isCandidate(field)) {
      facts(field).escapes = true;
    }
  }

  private Facts facts(XField field) {
    return fields.computeIfAbsent(field, f -> new Facts());
  }

  /** One use, judged once every class is seen. */
  private void record(Initialisers.Use use) {
    Facts facts = facts(use.field());
    switch (use.kind()) {
      case GROWTH -> {
        if (!use.initialising()) {
          boolean memo = CollectionCatalogue.isMemoGrowth(use.what()) || use.memoPut();
          if (facts.firstGrowth == null || !memo && !facts.growsBeyondMemo) {
            facts.firstGrowth = use.where(); // the first growth, or the first that is not a memo cache's
            facts.growth = use.what();
          }
          facts.growsBeyondMemo |= !memo;
        }
      }
      case ASSIGNMENT -> {
        if (use.initialising()) {
          facts.boundedValue |= use.bounded();
        } else {
          facts.shrinks = true; // a new collection at run time: a reset
        }
      }
      case REMOVING_VIEW -> facts.shrinks = true;
    }
  }

  // ---- After every class.

  @Override
  public void report() {
    options.reportIfInvalid(this, bugReporter, someAnalysedClass);
    initialisers.judge(this::record);
    AnalysisContext context = AnalysisContext.currentAnalysisContext();
    fields.forEach(
        (field, facts) -> {
          if (facts.firstGrowth == null
              || facts.shrinks
              || facts.boundedValue
              || (facts.escapes && !reportEscaping)
              || (!facts.growsBeyondMemo && !reportMemoCaches)
              || !context.isApplicationClass(field.getClassDescriptor())
              || LeakSuppression.isSuppressed(CHECK, field, field.getClassDescriptor())) {
            return;
          }
          String message = CollectionMessages.onlyGrows(
              field.getName(), candidates.holderOf(field), facts.growth, Math.max(0, facts.firstGrowth.getStartLine()));
          bugReporter.reportBug(
              new BugInstance(this, CHECK.bugType(), Priorities.NORMAL_PRIORITY)
                  .addClass(field.getClassDescriptor())
                  .addField(field)
                  .addString(message)
                  .addSourceLine(facts.firstGrowth));
        });
  }
}
