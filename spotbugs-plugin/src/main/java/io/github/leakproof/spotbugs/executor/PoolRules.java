package io.github.leakproof.spotbugs.executor;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.XField;
import edu.umd.cs.findbugs.ba.XMethod;
import edu.umd.cs.findbugs.classfile.analysis.AnnotationValue;
import io.github.leakproof.model.ExecutorCatalogue;
import io.github.leakproof.model.ExecutorCatalogue.Kind;
import io.github.leakproof.model.ParameterSummary;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.spotbugs.common.FluentCalls;
import io.github.leakproof.spotbugs.common.Ownership;
import io.github.leakproof.spotbugs.common.TypeNames;
import io.github.leakproof.spotbugs.flow.Call;
import io.github.leakproof.spotbugs.flow.CallOutcome;
import io.github.leakproof.spotbugs.flow.ExceptionPaths;
import io.github.leakproof.spotbugs.flow.Fate;
import io.github.leakproof.spotbugs.flow.Held;
import io.github.leakproof.spotbugs.flow.ObligationRules;
import io.github.leakproof.spotbugs.flow.ParameterSummaries;
import io.github.leakproof.spotbugs.flow.Sites;
import java.util.ArrayList;
import java.util.List;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * The answers of {@code ExecutorNotShutDown} and {@code TimerNotStopped} for the obligation analysis,
 * from the model's {@link PoolFamily} (and, for handing on, the same storing calls as resources). For
 * thread pools:
 *
 * <ul>
 *   <li>A pool is made by a pool factory ({@code Executors.newFixedThreadPool}) or a pool class's
 *       constructor ({@code new ThreadPoolExecutor}); scheduled pools are {@code TimerNotStopped}'s.
 *   <li>A wrapper ({@code unconfigurableExecutorService}, {@code listeningDecorator}) takes it over.
 *   <li>It is released by {@code shutdown()}, {@code shutdownNow()}, {@code close()}, or a helper that
 *       shuts down what it is given; handed on to a constructor, a storing call, an {@code @Owning}
 *       parameter, or a method of the analysed code that keeps it (its {@link ParameterSummary}: a
 *       private {@code init(pool)} that stores it in a field).
 *   <li>Pool fields are followed as field sites, to see what each method does with them.
 *   <li>Exceptions count only with {@code Leakproof:Strict=executor-exception-paths}.
 * </ul>
 */
final class PoolRules implements ObligationRules {
  private final PoolFamily family;
  private final ResourceCatalogue resources;
  private final TypeNames types;
  private final boolean exceptionPaths;
  private final ParameterSummaries summaries;

  /** @param family which objects are followed: thread pools, or timers and scheduled pools */
  /** {@code Strict=idle-ending-pools}: pools whose threads end when idle count too. */
  private final boolean idleEndingPools;

  PoolRules(
      PoolFamily family, ResourceCatalogue resources, TypeNames types, boolean exceptionPaths,
      boolean idleEndingPools) {
    this.idleEndingPools = idleEndingPools;
    this.family = family;
    this.resources = resources;
    this.types = types;
    this.exceptionPaths = exceptionPaths;
    this.summaries = new ParameterSummaries(this);
  }

  /** What a method of the analysed code does with its parameters, as these rules see pools. */
  ParameterSummary summaryOf(Call call) {
    return summaries.of(call.callee());
  }

  @Override
  public boolean releasesReceiver(String methodName) {
    return family.releasesReceiver(methodName);
  }

  @Override
  public CallOutcome call(Call call, Sites sites) {
    String name = call.name();
    List<String> owner = call.ownerNames(types);
    CallOutcome outcome = CallOutcome.borrows(call);
    if (!call.isStatic() && family.releasesReceiver(name)) {
      outcome = outcome.withReceiver(Fate.RELEASED);
    }
    for (int i = 0; i < call.arguments().size(); i++) {
      if (call.arguments().get(i).holdsAny()) {
        outcome = outcome.withArgument(i, fateOfArgument(call, i, owner));
      }
    }
    if (family.madeByCall(name, owner, resultTypes(call))) {
      return outcome.opening(call.describeResult());
    }
    if (ExecutorCatalogue.callResult(name, owner) == Kind.WRAPS_ARGUMENT && !call.arguments().isEmpty()) {
      return outcome.withArgument(0, Fate.MOVED);
    }
    if (call.receiver() != null && sites.isTracked(call.receiver())
        && FluentCalls.mayReturnReceiver(owner, call.returnType(), types)) {
      return outcome.mayReturnReceiver();
    }
    return outcome;
  }

  private Fate fateOfArgument(Call call, int index, List<String> owner) {
    if (Ownership.isMustCallAlias(call.callee(), index)) {
      return Fate.MOVED; // a decorator whose result stands for the pool it is given
    }
    ParameterSummary summary = summaries.of(call.callee());
    if (family.releasesArguments(call.name(), owner) || summary.closes(index)) {
      return Fate.RELEASED;
    }
    if (resources.storesArguments(call.name(), owner) || Ownership.isOwning(call.callee(), index) || summary.keeps(index)) {
      return Fate.HANDED_ON;
    }
    return summary.returns(index) || Ownership.returnsArgument(call.callee(), index) ? Fate.MOVED : Fate.BORROWED;
  }

  private static Integer constant(List<Integer> constants, int index) {
    return index < constants.size() ? constants.get(index) : null;
  }

  private List<String> resultTypes(Call call) {
    return call.returnType() instanceof ObjectType result ? types.typeAndSupertypes(result) : List.of();
  }

  /**
   * A pool class's constructor makes a pool; another executor's constructor wraps the pool it is given;
   * one that only runs callbacks on it (Netty's {@code DefaultChannelGroup}) borrows it; any other keeps it.
   */
  @Override
  public CallOutcome construction(Call call, Sites sites) {
    CallOutcome outcome = CallOutcome.borrows(call).withEveryArgument(Fate.HANDED_ON);
    if (!call.buildsNewObject()) {
      return outcome;
    }
    List<String> type = types.typeAndSupertypes(call.owner());
    List<Integer> constants = call.leadingIntConstants();
    if (family.madeByConstruction(
        type, call.argumentTypeNames(), constant(constants, 0), constant(constants, 1), idleEndingPools)) {
      return outcome.opening(TypeNames.simpleName(call.owner()));
    }
    if (family.borrowsArgumentsOnConstruction(type)) {
      return outcome.withEveryArgument(Fate.BORROWED);
    }
    return family.wrapsArgumentsOnConstruction(type) ? outcome.withEveryArgument(Fate.MOVED) : outcome;
  }

  /** A field of the family's type is followed, to see where its pool is shut down, passed on or replaced. */
  @Override
  public Held fieldRead(XField field, Sites sites) {
    return isPoolField(field) ? Held.site(sites.field(field)) : Held.NOTHING;
  }

  /** True if a value declared with {@code type} is a pool of this family, whatever made it. */
  boolean isDeclaredMember(Type type) {
    return type instanceof ObjectType && family.isDeclaredMember(types.typeAndSupertypes(type));
  }

  boolean isPoolField(XField field) {
    String signature = field.getSignature();
    if (!signature.startsWith("L")) {
      return false;
    }
    List<String> type = types.typeAndSupertypes(signature.substring(1, signature.length() - 1));
    return family.isFieldType(type);
  }

  /** True if {@code method} begins its object's active life ({@code doStart()}, {@code @PostConstruct}). */
  boolean startsLifecycle(XMethod method) {
    List<String> annotations = new ArrayList<>();
    for (AnnotationValue annotation : method.getAnnotations()) {
      annotations.add(annotation.getAnnotationClass().getDottedClassName());
    }
    return family.startsLifecycle(method.getName(), annotations);
  }

  @Override
  public boolean exceptionCounts(InstructionHandle thrower, BasicBlock handler, MethodGen method) {
    return exceptionPaths && ExceptionPaths.leaveObligations(thrower, handler, method);
  }
}
