package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.ownership.Obligation.Kind;
import io.github.leakproof.model.ExecutorCatalogue;
import io.github.leakproof.model.IdentityCalls;
import io.github.leakproof.model.IdentityCalls.TypeVariableUse;
import io.github.leakproof.model.OwnershipAnnotations;
import io.github.leakproof.model.ParameterSummary;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.model.ResourceCatalogue;
import io.github.leakproof.model.ResourceCatalogue.CallResult;
import io.github.leakproof.model.ResourceCatalogue.Construction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * The model's knowledge, asked with javac's symbols: what a call or {@code new} acquires, and what it
 * does with the obligations it is given. One instance per analysed compilation unit and kind.
 */
public final class OwnershipRules {
  /** What a call or constructor does with an obligation passed to it. */
  public enum Fate {
    /** Released: closed, shut down. */
    RELEASED,
    /** Kept by someone else from now on: stored, owned by a parameter marked {@code @Owning}. */
    HANDED_ON,
    /** Carried on by the result: a wrapper that closes what it wraps. */
    MOVED_TO_RESULT,
    /** Only used: still the caller's to release. */
    BORROWED
  }

  private final Kind kind;
  private final PoolFamily family;
  private final boolean idleEndingPools;
  private final Function<MethodSymbol, List<MethodSymbol>> implementations;
  private final ResourceCatalogue resources;
  private final TypeNames names;
  private final Supplier<ParameterSummaries> summarise;
  private ParameterSummaries summaries;

  /**
   * @param summarise makes the unit's parameter summaries; called at most once, when first needed
   * @param family for pools, which ones this analysis follows (thread pools, or timers and scheduled
   *     pools); ignored for resources
   * @param idleEndingPools {@code Strict=idle-ending-pools}: pools whose threads end when idle count too
   * @param implementations the concrete methods of the compilation that implement an abstract method,
   *     whose summaries make the abstract method's ({@link ParameterSummary#ofEveryImplementation})
   */
  OwnershipRules(
      Kind kind, PoolFamily family, ResourceCatalogue resources, TypeNames names,
      Supplier<ParameterSummaries> summarise, boolean idleEndingPools,
      Function<MethodSymbol, List<MethodSymbol>> implementations) {
    this.implementations = implementations;
    this.idleEndingPools = idleEndingPools;
    this.kind = kind;
    this.family = family;
    this.resources = resources;
    this.names = names;
    this.summarise = summarise;
  }

  /** What {@code method}, if its body is in this compilation, does with its parameters (the model's summary). */
  public ParameterSummary summaryOf(MethodSymbol method) {
    return summaries().of(method);
  }

  private ParameterSummaries summaries() {
    if (summaries == null) {
      summaries = summarise.get();
    }
    return summaries;
  }

  public Kind kind() {
    return kind;
  }

  /** True if calling {@code name} on a held obligation releases it. */
  public boolean releasesReceiver(String name) {
    return kind == Kind.RESOURCE
        ? resources.isReleaseOfReceiver(name)
        : family.releasesReceiver(name);
  }

  /** True if {@code method} keeps what it is passed, judged by its name and owner alone. */
  public boolean storesArguments(String name, MethodSymbol method) {
    return kind == Kind.RESOURCE
        && resources.storesArguments(name, names.selfAndSupertypes(method.owner.type));
  }

  /** True if {@code method} (by name, owner or body) releases what it is passed. */
  public boolean releasesArguments(String name, MethodSymbol method) {
    List<String> owner = names.selfAndSupertypes(method.owner.type);
    return kind == Kind.RESOURCE
        ? resources.closesArguments(name, owner)
        : family.releasesArguments(name, owner);
  }

  /**
   * True if a call of {@code method} on a receiver of type {@code receiverType} gives a new
   * obligation. {@code receiverHeld}: the receiver is itself an obligation of this method (a
   * statement of an open connection), whose release covers what comes from it.
   */
  public boolean acquiredByCall(MethodSymbol method, TypeMirror receiverType, boolean receiverHeld) {
    if (hasAnnotation(method, OwnershipAnnotations.NOT_OWNING)
        || hasAnnotation(method, OwnershipAnnotations.MUST_BE_CLOSED)) {
      return false;
    }
    String name = method.getSimpleName().toString();
    List<String> owner = ownerNames(method, receiverType);
    List<String> result = names.selfAndSupertypes(method.getReturnType());
    if (kind == Kind.POOL) {
      return family.madeByCall(name, owner, result);
    }
    CallResult callResult =
        resources.callResult(name, owner, result, names.erasedNames(method.type.getParameterTypes()));
    if (callResult == CallResult.NEW_RESOURCE
        && InMemoryClasses.holdsNoResource((com.sun.tools.javac.code.Type) method.getReturnType(), names, resources)) {
      return false; // createBuffer() returning the program's own in-memory stream: nothing to close
    }
    return callResult == CallResult.NEW_RESOURCE
        || (callResult == CallResult.CHILD_OF_RECEIVER && !receiverHeld);
  }

  /** True if a call of {@code method} on {@code receiverType} closes the receiver when it fails ({@code socket.connect(a)}). */
  public boolean closesReceiverOnFailure(MethodSymbol method, TypeMirror receiverType) {
    return kind == Kind.RESOURCE && !method.isStatic() && receiverType != null
        && ResourceCatalogue.closesReceiverOnFailure(
            names.selfAndSupertypes(receiverType), method.getSimpleName().toString());
  }

  /** True if a call of {@code method} hands its {@code receiverType} receiver on ({@code channel.register(selector, ops)}). */
  public boolean handsReceiverOn(MethodSymbol method, TypeMirror receiverType) {
    return kind == Kind.RESOURCE && !method.isStatic() && receiverType != null
        && ResourceCatalogue.handsReceiverOn(names.selfAndSupertypes(receiverType), method.getSimpleName().toString());
  }

  /** True if a call of {@code method} on an open {@code receiverType} cannot fail ({@code socket.setSoTimeout(ms)}). */
  public boolean cannotFailWhileOpen(MethodSymbol method, TypeMirror receiverType) {
    return kind == Kind.RESOURCE && !method.isStatic() && receiverType != null
        && ResourceCatalogue.cannotFailWhileOpen(
            names.selfAndSupertypes(receiverType), method.getSimpleName().toString());
  }

  /**
   * True if what {@code method} gives is closed with the object it is called on ({@code
   * statement.executeQuery}): called on a borrowed object, the caller's close of that object covers it
   * on exception paths.
   */
  public boolean isDependent(MethodSymbol method, TypeMirror receiverType) {
    if (kind != Kind.RESOURCE || method.isStatic() || receiverType == null) {
      return false;
    }
    return resources.callResult(
            method.getSimpleName().toString(),
            names.selfAndSupertypes(receiverType),
            names.selfAndSupertypes(method.getReturnType()),
            names.erasedNames(method.type.getParameterTypes()))
        == CallResult.CHILD_OF_RECEIVER;
  }

  /**
   * True if what {@code method} gives belongs to a parent object that closes it, whatever made it: a
   * JDBC statement or result set ({@link ResourceCatalogue#isClosedWithItsParent}), even from a helper
   * such as {@code createMetaDataStatement()}.
   */
  public boolean isClosedWithItsParent(MethodSymbol method) {
    return kind == Kind.RESOURCE
        && ResourceCatalogue.isClosedWithItsParent(names.selfAndSupertypes(method.getReturnType()));
  }

  /** True if what a call on {@code receiverType} gives leads back to the receiver ({@code rs.getStatement()}). */
  public boolean leadsBackToReceiver(MethodSymbol method, TypeMirror receiverType) {
    return kind == Kind.RESOURCE && !method.isStatic() && receiverType != null
        && ResourceCatalogue.leadsBackToReceiver(names.selfAndSupertypes(method.getReturnType()));
  }

  /**
   * True if a call on a held object may return that same object: a method that is not a factory and
   * whose (closeable) result type is the receiver's type or a supertype of it ({@code
   * channel.position(0)}, {@code writer.append(x)} — fluent {@code return this}).
   */
  public boolean mayReturnReceiver(MethodSymbol method, TypeMirror receiverType) {
    if (method.isStatic() || receiverType == null) {
      return false;
    }
    List<String> receiver = names.selfAndSupertypes(receiverType);
    return ResourceCatalogue.mayReturnReceiver(names.selfAndSupertypes(method.getReturnType()), receiver)
        || ResourceCatalogue.isSameResourceAsReceiver(method.getSimpleName().toString(), receiver);
  }

  /**
   * As {@link #acquiredByConstruction(MethodSymbol)}, reading the arguments: a thread pool whose threads
   * all end when idle ({@code new ThreadPoolExecutor(0, 1, …)}) is one only with {@code
   * Strict=idle-ending-pools}.
   */
  public boolean acquiredByConstruction(MethodSymbol constructor, List<? extends ExpressionTree> arguments) {
    if (kind != Kind.POOL) {
      return acquiredByConstruction(constructor);
    }
    return family.madeByConstruction(
        names.selfAndSupertypes(constructor.owner.type),
        names.erasedNames(constructor.type.getParameterTypes()),
        intConstant(arguments, 0),
        intConstant(arguments, 1),
        idleEndingPools);
  }

  private static Integer intConstant(List<? extends ExpressionTree> arguments, int index) {
    return index < arguments.size() ? ASTHelpers.constValue(arguments.get(index), Integer.class) : null;
  }

  /** True if {@code new T(…)} with constructor {@code constructor} gives a new obligation. */
  public boolean acquiredByConstruction(MethodSymbol constructor) {
    ClassSymbol type = (ClassSymbol) constructor.owner;
    List<String> typeNames = names.selfAndSupertypes(type.type);
    if (kind == Kind.POOL) {
      return family.madeByConstruction(typeNames);
    }
    if (mustCall(type)) {
      return true;
    }
    return resources.construction(typeNames, names.erasedNames(constructor.type.getParameterTypes()))
            == Construction.OPENS_RESOURCE
        && !InMemoryClasses.holdsNoResource(type.type, names, resources);
  }

  /** What {@code new T(…)} does with an obligation passed as an argument. */
  public Fate constructorArgumentFate(MethodSymbol constructor) {
    ClassSymbol type = (ClassSymbol) constructor.owner;
    List<String> typeNames = names.selfAndSupertypes(type.type);
    if (kind == Kind.POOL) {
      if (family.borrowsArgumentsOnConstruction(typeNames)) {
        return Fate.BORROWED;
      }
      return family.wrapsArgumentsOnConstruction(typeNames) ? Fate.MOVED_TO_RESULT : Fate.HANDED_ON;
    }
    Construction construction =
        resources.construction(typeNames, names.erasedNames(constructor.type.getParameterTypes()));
    return construction == Construction.WRAPS_ARGUMENT ? Fate.MOVED_TO_RESULT : Fate.HANDED_ON;
  }

  /** What a call of {@code method} does with an obligation passed as argument {@code index}. */
  public Fate argumentFate(MethodSymbol method, int index, TypeMirror receiverType) {
    String name = method.getSimpleName().toString();
    List<String> owner = ownerNames(method, receiverType);
    if (name.equals("<init>")) {
      return Fate.HANDED_ON; // this(…) or super(…): the object being built keeps it
    }
    if (parameterHas(method, index, OwnershipAnnotations.MUST_CALL_ALIAS)) {
      return Fate.MOVED_TO_RESULT; // the result stands for the argument: releasing it releases both
    }
    if (kind == Kind.POOL) {
      ExecutorCatalogue.Kind result = ExecutorCatalogue.callResult(name, owner);
      if (result == ExecutorCatalogue.Kind.WRAPS_ARGUMENT && index == 0) {
        return Fate.MOVED_TO_RESULT;
      }
    } else if (index == 0
        && resources.callResult(name, owner, names.selfAndSupertypes(method.getReturnType()))
            == CallResult.WRAPS_ARGUMENT) {
      return Fate.MOVED_TO_RESULT;
    }
    if (releasesArguments(name, method)
        || summaries().releases(method, index)
        || ensuresCalled(method, index)
        || everyImplementationReleases(method, index)) {
      return Fate.RELEASED;
    }
    // Kept wins over returned: closer.register(in) stores it and gives it back for convenience.
    if (owningParameter(method, index)
        || summaries().stores(method, index)
        || resources.storesArguments(name, owner)) {
      return Fate.HANDED_ON;
    }
    if (summaries().returns(method, index)) {
      return Fate.MOVED_TO_RESULT; // return configure(socket): the same socket comes back
    }
    if (IdentityCalls.argumentReturned(returnedTypeVariableUses(method)) == index) {
      return Fate.MOVED_TO_RESULT; // requireNonNull(in, "in"), any library's <T> T checkNotNull(T, …)
    }
    if (kind == Kind.RESOURCE
        && resources.wrapsArgument(
            name, names.selfAndSupertypes(method.getReturnType()), parameterTypeNames(method, index))) {
      return Fate.MOVED_TO_RESULT; // newOutputStream(channel), encodingStream(writer): a wrapper comes back
    }
    return Fate.BORROWED;
  }

  /** An interface's or abstract class's method whose every implementation in the compilation closes the parameter. */
  private boolean everyImplementationReleases(MethodSymbol method, int index) {
    List<MethodSymbol> found = implementations.apply(method);
    if (found.isEmpty()) {
      return false;
    }
    List<ParameterSummary> summaries = new ArrayList<>();
    for (MethodSymbol implementation : found) {
      summaries.add(summaries().of(implementation));
    }
    return ParameterSummary.ofEveryImplementation(summaries).closes(index);
  }

  /**
   * For a method that returns a type variable it declares ({@code <T> T m(…)}), how each parameter's
   * type uses that variable; empty for any other method.
   */
  private static List<TypeVariableUse> returnedTypeVariableUses(MethodSymbol method) {
    if (!(method.getReturnType() instanceof Type.TypeVar variable)
        || !method.getTypeParameters().contains(variable.tsym)) {
      return List.of();
    }
    List<TypeVariableUse> uses = new ArrayList<>();
    for (Symbol.VarSymbol parameter : method.getParameters()) {
      Type type = parameter.type;
      uses.add(
          type instanceof Type.TypeVar && type.tsym == variable.tsym
              ? TypeVariableUse.IS_IT
              : type.contains(variable) ? TypeVariableUse.CONTAINS_IT : TypeVariableUse.NONE);
    }
    return uses;
  }

  /**
   * The types a call is made on, as the catalogues want them: the receiver's type and supertypes for an
   * instance method; only the declaring class for a static one.
   */
  private List<String> ownerNames(MethodSymbol method, TypeMirror receiverType) {
    if (method.isStatic()) {
      List<String> declaring = names.selfAndSupertypes(method.owner.type);
      return declaring.isEmpty() ? declaring : declaring.subList(0, 1);
    }
    return names.selfAndSupertypes(receiverType == null ? method.owner.type : receiverType);
  }

  /** True if a value declared with {@code type} is a pool of this analysis's family, whatever made it. */
  public boolean isDeclaredMember(TypeMirror type) {
    return kind == Kind.POOL && family.isDeclaredMember(names.selfAndSupertypes(type));
  }

  /** True if the parameter or field carries {@code @Owning}: it owns what it holds. */
  public static boolean isOwning(Element variable) {
    return hasAnnotation(variable, OwnershipAnnotations.OWNING);
  }

  /** True if the local carries Lombok's {@code @Cleanup}: Lombok closes it at the end of its scope. */
  public static boolean isClosedByLombok(Element local) {
    return hasAnnotation(local, OwnershipAnnotations.LOMBOK_CLEANUP);
  }

  private List<String> parameterTypeNames(MethodSymbol method, int index) {
    List<? extends Symbol.VarSymbol> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return List.of();
    }
    return names.selfAndSupertypes(parameters.get(Math.min(index, parameters.size() - 1)).type);
  }

  private boolean owningParameter(MethodSymbol method, int index) {
    return parameterHas(method, index, OwnershipAnnotations.OWNING);
  }

  private static boolean parameterHas(MethodSymbol method, int index, String annotationName) {
    List<? extends Symbol.VarSymbol> parameters = method.getParameters();
    if (parameters.isEmpty()) {
      return false;
    }
    int i = method.isVarArgs() ? Math.min(index, parameters.size() - 1) : index;
    return i < parameters.size() && hasAnnotation(parameters.get(i), annotationName);
  }

  /** {@code @EnsuresCalledMethods(value = "#2", methods = "close")} on the method, for parameter {@code index}. */
  private boolean ensuresCalled(MethodSymbol method, int index) {
    for (AnnotationMirror annotation : method.getAnnotationMirrors()) {
      if (!annotation.getAnnotationType().toString().equals(OwnershipAnnotations.ENSURES_CALLED_METHODS)) {
        continue;
      }
      List<String> targets = strings(annotation, "value");
      List<String> called = strings(annotation, "methods");
      boolean releasing = called.stream().anyMatch(this::releasesReceiver);
      String parameterName =
          index < method.getParameters().size() ? method.getParameters().get(index).getSimpleName().toString() : "";
      if (releasing && (targets.contains("#" + (index + 1)) || targets.contains(parameterName))) {
        return true;
      }
    }
    return false;
  }

  private static boolean mustCall(ClassSymbol type) {
    for (AnnotationMirror annotation : type.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().toString().equals(OwnershipAnnotations.MUST_CALL)) {
        return !strings(annotation, "value").isEmpty();
      }
    }
    return false;
  }

  private static boolean hasAnnotation(Element element, String annotationName) {
    for (AnnotationMirror annotation : element.getAnnotationMirrors()) {
      if (annotation.getAnnotationType().toString().equals(annotationName)) {
        return true;
      }
    }
    return false;
  }

  private static List<String> strings(AnnotationMirror annotation, String element) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        annotation.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(element)) {
        Object value = entry.getValue().getValue();
        if (value instanceof List<?> list) {
          return list.stream()
              .map(item -> item instanceof AnnotationValue av ? String.valueOf(av.getValue()) : String.valueOf(item))
              .toList();
        }
        return List.of(String.valueOf(value));
      }
    }
    return List.of();
  }
}
