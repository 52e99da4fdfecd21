package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.api.JavacTrees;
import com.sun.tools.javac.code.Symbol.MethodSymbol;
import com.sun.tools.javac.code.Types;
import io.github.leakproof.errorprone.common.CompilationSources;
import io.github.leakproof.model.PoolFamily;
import io.github.leakproof.model.ResourceCatalogue;
import java.util.List;

/**
 * One {@link OwnershipRules} per compilation unit: Error Prone visits units one at a time, and the
 * parameter summaries are read from the unit being checked — only if a method of it needs them.
 * Type names are cached for the whole compilation.
 */
public final class OwnershipRulesCache {
  private final Obligation.Kind kind;
  private final PoolFamily family;
  private final ResourceCatalogue catalogue;
  private Types types;
  private TypeNames names;
  private CompilationUnitTree unit;
  private OwnershipRules rules;

  public OwnershipRulesCache(Obligation.Kind kind, ResourceCatalogue catalogue) {
    this(kind, PoolFamily.EXECUTORS, catalogue);
  }

  /** For pools: {@code family} says which pools the rules follow. */
  public OwnershipRulesCache(Obligation.Kind kind, PoolFamily family, ResourceCatalogue catalogue) {
    this(kind, family, catalogue, true);
  }

  /** @param idleEndingPools {@code Strict=idle-ending-pools}: pools whose threads end when idle count too */
  public OwnershipRulesCache(
      Obligation.Kind kind, PoolFamily family, ResourceCatalogue catalogue, boolean idleEndingPools) {
    this.kind = kind;
    this.family = family;
    this.catalogue = catalogue;
    this.idleEndingPools = idleEndingPools;
  }

  private final boolean idleEndingPools;
  private Implementations implementations;

  public OwnershipRules get(VisitorState state) {
    Types current = Types.instance(state.context);
    if (current != types) {
      types = current;
      names = new TypeNames(current);
      List<CompilationUnitTree> units = CompilationSources.units(state);
      implementations = new Implementations(units == null ? List.of() : units, current);
      rules = null;
    }
    CompilationUnitTree currentUnit = state.getPath().getCompilationUnit();
    if (currentUnit != unit || rules == null) {
      unit = currentUnit;
      // The summaries ask the model what releases; the rules then use the summaries.
      OwnershipRules modelOnly =
          new OwnershipRules(
              kind, family, catalogue, names, () -> ParameterSummaries.NONE, idleEndingPools, method -> List.of());
      JavacTrees trees = JavacTrees.instance(state.context);
      rules =
          new OwnershipRules(
              kind,
              family,
              catalogue,
              names,
              () ->
                  new ParameterSummaries(
                      currentUnit,
                      (name, method) -> modelOnly.releasesReceiver(name),
                      modelOnly::releasesArguments,
                      modelOnly::storesArguments,
                      method -> sourceOf(trees, method)),
              idleEndingPools,
              implementations::of);
    }
    return rules;
  }

  /** The declaration of a method compiled from source in this run (another file), or null. */
  private static MethodTree sourceOf(JavacTrees trees, MethodSymbol method) {
    if (method.enclClass() == null || method.enclClass().sourcefile == null) {
      return null; // from a class file: a library
    }
    try {
      return trees.getTree(method) instanceof MethodTree tree ? tree : null;
    } catch (RuntimeException notAvailable) {
      return null;
    }
  }

  /** The type-name cache of the current compilation. */
  public TypeNames names(VisitorState state) {
    get(state);
    return names;
  }
}
