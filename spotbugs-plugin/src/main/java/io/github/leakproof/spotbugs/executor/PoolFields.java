package io.github.leakproof.spotbugs.executor;

import edu.umd.cs.findbugs.SourceLineAnnotation;
import edu.umd.cs.findbugs.ba.ClassContext;
import edu.umd.cs.findbugs.ba.DataflowAnalysisException;
import edu.umd.cs.findbugs.ba.Hierarchy;
import edu.umd.cs.findbugs.ba.XFactory;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.FieldDescriptor;
import io.github.leakproof.model.ParameterSummary;
import io.github.leakproof.spotbugs.common.Ownership;
import io.github.leakproof.spotbugs.flow.Call;
import io.github.leakproof.spotbugs.flow.Held;
import io.github.leakproof.spotbugs.flow.ObligationFlow;
import io.github.leakproof.spotbugs.flow.ObligationFrame;
import io.github.leakproof.spotbugs.flow.Site.Kind;
import io.github.leakproof.spotbugs.flow.Sites;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.bcel.Const;
import org.apache.bcel.classfile.Field;
import org.apache.bcel.classfile.Method;
import org.apache.bcel.generic.ALOAD;
import org.apache.bcel.generic.FieldInstruction;
import org.apache.bcel.generic.Instruction;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.ReferenceType;
import org.apache.bcel.generic.Type;

/**
 * Whole program: what every analysed method does with each pool field, seen through the obligation
 * analysis's field sites (so a local read from the field counts as the field):
 *
 * <ul>
 *   <li>given a new pool (where first, for the finding);
 *   <li>released: {@code shutdown()}/{@code shutdownNow()}/{@code close()} on it, or passed to a release helper;
 *   <li>escaping: returned, stored elsewhere, captured, or passed to a call that keeps or wraps it (a
 *       call that only uses it, such as {@code supplyAsync(task, pool)}, lends it: the field's owner
 *       still has to shut it down);
 *   <li>replaced: a method other than a constructor or initialiser (or a private helper only they
 *       call) gives it a new pool without shutting it down, or testing it ({@code == null}, {@code
 *       isShutdown()}), earlier in that method.
 * </ul>
 */
final class PoolFields {
  /** What the analysed code does with one pool field. */
  static final class Facts {
    final XField field;
    SourceLineAnnotation firstPool;
    boolean released;
    boolean escapes;

    Facts(XField field) {
      this.field = field;
    }
  }

  /** A method giving a pool field a new pool while the old one may still run. */
  record Replacement(XField field, XMethod method, SourceLineAnnotation where) {}

  private final PoolRules rules;
  private final Map<FieldDescriptor, Facts> facts = new LinkedHashMap<>();
  private final List<Replacement> replacements = new ArrayList<>();

  /** Current class: replacements seen so far, kept until the class's construction-only helpers are known. */
  private final List<Replacement> pending = new ArrayList<>();

  /** Current class: for each of its private methods (name and signature), the methods calling it. */
  private final Map<String, List<String>> callersOfPrivate = new HashMap<>();

  /** Current class: the pool fields each private method (name and signature) stops. */
  private final Map<String, Set<FieldDescriptor>> stoppedByPrivate = new HashMap<>();

  PoolFields(PoolRules rules) {
    this.rules = rules;
  }

  Iterable<Facts> facts() {
    return facts.values();
  }

  List<Replacement> replacements() {
    return replacements;
  }

  boolean isReleased(XField field) {
    Facts known = facts.get(field.getFieldDescriptor());
    return known != null && known.released;
  }

  /** True if some analysed method gives {@code field} a new pool (or timer) of its own. */
  boolean isGivenAPool(XField field) {
    Facts known = facts.get(field.getFieldDescriptor());
    return known != null && known.firstPool != null;
  }

  /** Records what {@code method} does with pool fields. */
  void see(ClassContext classContext, Method method, ObligationFlow flow) throws DataflowAnalysisException {
    Sites sites = flow.sites();
    Map<FieldDescriptor, Integer> firstRelease = new HashMap<>();
    Map<FieldDescriptor, Integer> firstTest = new HashMap<>();
    Map<Integer, XField> assignments = new LinkedHashMap<>();
    String self = classContext.getJavaClass().getClassName();
    flow.forEachInstruction(
        (location, before, effect, call) -> {
          if (call != null && call.owner().equals(self)) {
            callersOfPrivate.computeIfAbsent(call.name() + call.signature(), k -> new ArrayList<>()).add(method.getName());
            if (!method.isStatic() && call.isOnLocalZero()) {
              keptByOwnMethod(call, sites, classContext).forEach(field -> assignments.put(call.pc(), field));
            }
          }
          int pc = location.getHandle().getPosition();
          Instruction instruction = location.getHandle().getInstruction();
          XField stored = storedField(instruction, classContext);
          if (effect != null) {
            for (XField field : fields(sites, effect.released())) {
              facts(field).released = true;
              firstRelease.merge(field.getFieldDescriptor(), pc, Math::min);
            }
            BitSet passedOn = effect.handedOn();
            passedOn.or(effect.moved());
            for (XField field : fields(sites, passedOn)) {
              if (stored == null || !stored.getFieldDescriptor().equals(field.getFieldDescriptor())) {
                facts(field).escapes = true;
              }
            }
          }
          if (stored != null && rules.isPoolField(stored)
              && (!sites.only(before.getTopValue().sites(), Kind.ACQUIRED).isEmpty()
                  || storesOwningParameter(location.getHandle(), method, classContext))) {
            assignments.put(pc, stored);
          }
          for (XField field : fields(sites, tested(instruction, before, call))) {
            firstTest.merge(field.getFieldDescriptor(), pc, Math::min);
          }
        });
    if (method.isPrivate() && !firstRelease.isEmpty()) {
      stoppedByPrivate.put(method.getName() + method.getSignature(), new HashSet<>(firstRelease.keySet()));
    }
    boolean initialiser = isInitialiser(method.getName());
    assignments.forEach(
        (pc, field) -> {
          Facts fieldFacts = facts(field);
          if (fieldFacts.firstPool == null) {
            fieldFacts.firstPool = SourceLineAnnotation.fromVisitedInstruction(classContext, method, pc);
          }
          FieldDescriptor key = field.getFieldDescriptor();
          // A release anywhere in the same method (before: the old one; after: the new one, as in
          // run() { pool = …; try { … } finally { pool.shutdown(); } }) means the method owns it.
          if (!initialiser
              && !firstRelease.containsKey(key)
              && firstTest.getOrDefault(key, Integer.MAX_VALUE) > pc) {
            pending.add(
                new Replacement(
                    field,
                    XFactory.createXMethod(classContext.getJavaClass(), method),
                    SourceLineAnnotation.fromVisitedInstruction(classContext, method, pc)));
          }
        });
  }

  /**
   * After every method of a class: its replacements stand, except in a private helper that only
   * constructors and initialisers call ({@code initializeExecutor()}): there it gives the first pool;
   * in a lifecycle start ({@code start()}, {@code doStart()}), which its framework calls once per stop;
   * and in a method that calls a private helper stopping the field ({@code restart() { cancelTimer();
   * timer = …; }}), as if it stopped it itself.
   */
  void endOfClass() {
    for (Replacement replacement : pending) {
      XMethod method = replacement.method();
      List<String> callers = callersOfPrivate.getOrDefault(method.getName() + method.getSignature(), List.of());
      boolean constructionOnly =
          method.isPrivate() && !callers.isEmpty() && callers.stream().allMatch(PoolFields::isInitialiser);
      if (!constructionOnly && !rules.startsLifecycle(method) && !callsHelperStopping(method, replacement.field())) {
        replacements.add(replacement);
      }
    }
    pending.clear();
    callersOfPrivate.clear();
    stoppedByPrivate.clear();
  }

  private boolean callsHelperStopping(XMethod method, XField field) {
    for (Map.Entry<String, Set<FieldDescriptor>> helper : stoppedByPrivate.entrySet()) {
      if (helper.getValue().contains(field.getFieldDescriptor())
          && callersOfPrivate.getOrDefault(helper.getKey(), List.of()).contains(method.getName())) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code init(pool)} on this object, where {@code init} keeps its parameter in a pool field of this
   * object ({@code this.executor = executor}): the call gives that field the new pool.
   */
  private List<XField> keptByOwnMethod(Call call, Sites sites, ClassContext classContext) {
    List<XField> kept = new ArrayList<>();
    ParameterSummary summary = rules.summaryOf(call);
    for (int i = 0; i < call.arguments().size(); i++) {
      String name = summary.ownFieldOf(i);
      if (name == null || sites.only(call.arguments().get(i).sites(), Kind.ACQUIRED).isEmpty()) {
        continue;
      }
      for (Field declared : classContext.getJavaClass().getFields()) {
        XField field = XFactory.createXField(classContext.getJavaClass(), declared);
        if (declared.getName().equals(name) && rules.isPoolField(field)) {
          kept.add(field);
        }
      }
    }
    return kept;
  }

  private static boolean isInitialiser(String methodName) {
    return methodName.equals(Const.CONSTRUCTOR_NAME) || methodName.equals(Const.STATIC_INITIALIZER_NAME);
  }

  /**
   * {@code this.pool = pool} where {@code pool} is a parameter the method takes over ({@code @Owning}):
   * the field owns that pool from now on, as if the class had made it.
   */
  private boolean storesOwningParameter(InstructionHandle store, Method method, ClassContext classContext) {
    InstructionHandle previous = store.getPrev();
    if (previous == null || !(previous.getInstruction() instanceof ALOAD load)) {
      return false;
    }
    int slot = method.isStatic() ? 0 : 1;
    Type[] parameters = method.getArgumentTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (slot == load.getIndex()) {
        return rules.isDeclaredMember(parameters[i])
            && Ownership.isOwning(XFactory.createXMethod(classContext.getJavaClass(), method), i);
      }
      slot += parameters[i].getSize();
    }
    return false;
  }

  /** The field a {@code putfield}/{@code putstatic} of a reference stores to, or null. */
  private static XField storedField(Instruction instruction, ClassContext classContext) {
    if (!(instruction instanceof FieldInstruction put)
        || (put.getOpcode() != Const.PUTFIELD && put.getOpcode() != Const.PUTSTATIC)) {
      return null;
    }
    var cpg = classContext.getConstantPoolGen();
    if (!(put.getFieldType(cpg) instanceof ReferenceType)) {
      return null;
    }
    return Hierarchy.findXField(
        put.getReferenceType(cpg).toString(), put.getFieldName(cpg), put.getSignature(cpg),
        put.getOpcode() == Const.PUTSTATIC);
  }

  /**
   * What a test looks at: the operands of a null check or reference comparison, or the receiver of a
   * call answering yes or no ({@code pool.isShutdown()}).
   */
  private static BitSet tested(Instruction instruction, ObligationFrame before, Call call) throws DataflowAnalysisException {
    BitSet tested = new BitSet();
    switch (instruction.getOpcode()) {
      case Const.IFNULL, Const.IFNONNULL -> tested.or(before.getStackValue(0).sites());
      case Const.IF_ACMPEQ, Const.IF_ACMPNE -> {
        tested.or(before.getStackValue(0).sites());
        tested.or(before.getStackValue(1).sites());
      }
      default -> {
        if (call != null && call.receiver() != null && call.returnType() == Type.BOOLEAN) {
          Held receiver = call.receiver();
          tested.or(receiver.sites());
        }
      }
    }
    return tested;
  }

  private static List<XField> fields(Sites sites, BitSet set) {
    List<XField> fields = new ArrayList<>();
    BitSet only = sites.only(set, Kind.FIELD);
    for (int site = only.nextSetBit(0); site >= 0; site = only.nextSetBit(site + 1)) {
      fields.add(sites.get(site).field());
    }
    return fields;
  }

  private Facts facts(XField field) {
    return facts.computeIfAbsent(field.getFieldDescriptor(), key -> new Facts(field));
  }
}
