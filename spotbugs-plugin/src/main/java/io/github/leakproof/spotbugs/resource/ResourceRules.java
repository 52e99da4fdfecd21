package io.github.leakproof.spotbugs.resource;

import edu.umd.cs.findbugs.ba.BasicBlock;
import edu.umd.cs.findbugs.ba.XMethod;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.model.ResourceCatalogue.CallResult;
import io.github.leakproof.model.ResourceCatalogue.Construction;
import io.github.leakproof.spotbugs.common.FluentCalls;
import io.github.leakproof.spotbugs.common.Ownership;
import io.github.leakproof.spotbugs.common.TypeNames;
import io.github.leakproof.spotbugs.flow.Call;
import io.github.leakproof.spotbugs.flow.CallOutcome;
import io.github.leakproof.spotbugs.flow.ExceptionPaths;
import io.github.leakproof.spotbugs.flow.Fate;
import io.github.leakproof.spotbugs.flow.ObligationRules;
import io.github.leakproof.spotbugs.flow.ParameterSummaries;
import io.github.leakproof.spotbugs.flow.Sites;
import java.util.List;
import org.apache.bcel.generic.InstructionHandle;
import org.apache.bcel.generic.MethodGen;
import org.apache.bcel.generic.ObjectType;
import org.apache.bcel.generic.Type;

/**
 * {@code ResourceNotClosed}'s answers for the obligation analysis, all from the model's {@link
 * ResourceCatalogue} and the ownership annotations:
 *
 * <ul>
 *   <li>A resource is made by {@code new T(…)} of a resource type (or a {@code @MustCall} type), or
 *       returned by a factory; a child ({@code statement.executeQuery()}) only when its parent is not
 *       tracked here (then it depends on the borrowed parent); never by a {@code @NotOwning} method.
 *       A child of a tracked parent is derived from it: closed with it, handed on with it.
 *   <li>A wrapper ({@code new BufferedReader(in)}, {@code Channels.newInputStream(ch)}, a method of the
 *       analysed code that returns its parameter wrapped) takes over what it wraps; a call that may
 *       return its receiver ({@code channel.position(0)}) gives back what the receiver holds.
 *   <li>It is released by {@code close()} and its synonyms, by a close helper, by a method of the analysed
 *       code that closes that parameter, by one whose {@code @EnsuresCalledMethods} says so, or — for
 *       what {@code openX()} gave — by a call of {@code closeX()}. Where {@code isClosed()} says so, it
 *       is closed already.
 *   <li>It is handed on to a storing call ({@code add}, {@code register} …), an {@code @Owning} parameter, a
 *       method of the analysed code that keeps that parameter, or a constructor that does not wrap it.
 *   <li>Exceptions count from {@code throw} and from calls that declare checked exceptions.
 * </ul>
 */
final class ResourceRules implements ObligationRules {
  private final ResourceCatalogue catalogue;
  private final TypeNames types;
  private final ParameterSummaries summaries;
  private final InMemoryClasses inMemory;

  ResourceRules(ResourceCatalogue catalogue, TypeNames types) {
    this.catalogue = catalogue;
    this.types = types;
    this.summaries = new ParameterSummaries(this);
    this.inMemory = new InMemoryClasses(catalogue, types);
  }

  @Override
  public boolean releasesReceiver(String methodName) {
    return catalogue.isReleaseOfReceiver(methodName);
  }

  @Override
  public CallOutcome call(Call call, Sites sites) {
    String name = call.name();
    List<String> owner = call.ownerNames(types);
    CallOutcome outcome = CallOutcome.borrows(call);
    if (!call.isStatic() && catalogue.isReleaseOfReceiver(name)) {
      outcome = outcome.withReceiver(Fate.RELEASED);
    } else if (!call.isStatic() && ResourceCatalogue.closesReceiverOnFailure(owner, name)) {
      outcome = outcome.withReceiver(Fate.CLOSED_IF_IT_FAILS); // a failed socket.connect(a) closes the socket
    } else if (!call.isStatic() && ResourceCatalogue.handsReceiverOn(owner, name)) {
      outcome = outcome.withReceiver(Fate.HANDED_ON); // channel.register(selector, ops): the selector keeps it
    } else if (!call.isStatic() && ResourceCatalogue.cannotFailWhileOpen(owner, name)) {
      outcome = outcome.withReceiver(Fate.CANNOT_FAIL_WHILE_OPEN); // socket.setSoTimeout(ms)
    }
    for (int i = 0; i < call.arguments().size(); i++) {
      if (call.arguments().get(i).holdsAny()) {
        outcome = outcome.withArgument(i, fateOfArgument(call, i, owner));
      }
    }
    Boolean closedWhen = ResourceCatalogue.closedWhen(name);
    if (closedWhen != null && !call.isStatic() && call.arguments().isEmpty() && call.returnType() == Type.BOOLEAN) {
      return outcome.tellsClosed(closedWhen); // if (!socket.isClosed()) socket.close()
    }
    return withResult(call, owner, outcome, sites);
  }

  /**
   * What a call does with a tracked argument: releases it, keeps it (a storing call, an {@code @Owning}
   * parameter, a method of the analysed code that stores it — also when it returns it too, as Guava's
   * {@code closer.register(in)} does), gives it back in its result (a method of the analysed code
   * returning it, a {@code new…}/{@code create…}/{@code wrap…} helper whose closeable result wraps it),
   * or only uses it.
   */
  private List<String> parameterTypeNames(Call call, int index) {
    Type[] parameters = call.argumentTypes();
    return index < parameters.length ? types.typeAndSupertypes(parameters[index]) : List.of();
  }

  private Fate fateOfArgument(Call call, int index, List<String> owner) {
    String name = call.name();
    XMethod callee = call.callee();
    if (Ownership.isMustCallAlias(callee, index)) {
      return Fate.MOVED; // the result stands for the argument
    }
    if (catalogue.closesArguments(name, owner)
        || Ownership.ensuresCalled(callee, index, catalogue::isReleaseOfReceiver)
        || summaries.of(callee).closes(index)) {
      return Fate.RELEASED;
    }
    if (catalogue.storesArguments(name, owner) || Ownership.isOwning(callee, index) || summaries.of(callee).keeps(index)) {
      return Fate.HANDED_ON;
    }
    if (summaries.of(callee).returns(index)
        || Ownership.returnsArgument(callee, index) // requireNonNull(in, "in"), any library's checkNotNull
        || call.returnType() instanceof ObjectType result
            && catalogue.wrapsArgument(name, types.typeAndSupertypes(result), parameterTypeNames(call, index))) {
      return Fate.MOVED;
    }
    return Fate.BORROWED;
  }

  /**
   * What the call's result is: a new resource (one from {@code openX()} also released by a call of
   * {@code closeX()}), a child of the receiver (closed with it: tracked by this method only when its
   * parent is not, and then its exception paths are the parent's owner's), the wrapped first argument,
   * maybe the receiver itself ({@code channel.position(0)}), or nothing.
   */
  private CallOutcome withResult(Call call, List<String> owner, CallOutcome outcome, Sites sites) {
    Type result = call.returnType();
    if (!(result instanceof ObjectType resultType) || Ownership.isNotOwning(call.callee())) {
      return outcome;
    }
    String what = call.describeResult();
    boolean receiverTracked = call.receiver() != null && sites.isTracked(call.receiver());
    CallResult kind = catalogue.callResult(call.name(), owner, types.typeAndSupertypes(resultType), call.argumentTypeNames());
    if (kind == CallResult.NEW_RESOURCE && inMemory.holdsNoResource(resultType.getClassName())) {
      return outcome; // createBuffer() returning the program's own in-memory stream: nothing to close
    }
    if (kind == CallResult.BORROWED && receiverTracked
        && ResourceCatalogue.leadsBackToReceiver(types.typeAndSupertypes(resultType))) {
      return outcome.childOfReceiver(); // a driver's executeQuery(sql, closeStatement): the statement travels with it
    }
    return switch (kind) {
      case NEW_RESOURCE -> {
        // createMetaDataStatement(): a JDBC statement from a helper still belongs to its connection
        CallOutcome opened =
            ResourceCatalogue.isClosedWithItsParent(types.typeAndSupertypes(resultType))
                ? outcome.openingDependent(what)
                : outcome.opening(what);
        String paired = ResourceCatalogue.pairedRelease(call.name());
        yield paired == null ? opened : opened.pairedWith(paired);
      }
      case CHILD_OF_RECEIVER ->
          receiverTracked
              ? outcome.childOfReceiver()
              : call.isStatic() ? outcome.opening(what) : outcome.openingDependent(what);
      case WRAPS_ARGUMENT -> call.arguments().isEmpty() ? outcome : outcome.withArgument(0, Fate.MOVED);
      case BORROWED ->
          receiverTracked
              && (FluentCalls.mayReturnReceiver(owner, result, types)
                  || ResourceCatalogue.isSameResourceAsReceiver(call.name(), owner))
              ? outcome.mayReturnReceiver()
              : outcome;
    };
  }

  @Override
  public CallOutcome construction(Call call, Sites sites) {
    CallOutcome outcome = CallOutcome.borrows(call);
    if (!call.buildsNewObject()) {
      return outcome.withEveryArgument(Fate.HANDED_ON); // this(…) or super(…): the object keeps them
    }
    List<String> type = types.typeAndSupertypes(call.owner());
    Construction construction =
        Ownership.mustCall(type) ? Construction.OPENS_RESOURCE : catalogue.construction(type, call.argumentTypeNames());
    if (construction == Construction.OPENS_RESOURCE && !Ownership.mustCall(type) && inMemory.holdsNoResource(call.owner())) {
      construction = Construction.NO_RESOURCE;
    }
    return switch (construction) {
      case OPENS_RESOURCE ->
          outcome.withEveryArgument(Fate.HANDED_ON).opening(TypeNames.simpleName(call.owner()));
      case WRAPS_ARGUMENT -> outcome.withEveryArgument(Fate.MOVED);
      case NO_RESOURCE -> outcome.withEveryArgument(Fate.HANDED_ON);
    };
  }

  @Override
  public boolean exceptionCounts(InstructionHandle thrower, BasicBlock handler, MethodGen method) {
    return ExceptionPaths.leaveObligations(thrower, handler, method);
  }
}
