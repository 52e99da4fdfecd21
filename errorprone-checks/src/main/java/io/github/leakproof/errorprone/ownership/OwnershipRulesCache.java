package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.code.Types;
import io.github.leakproof.model.ResourceCatalogue;

/**
 * One {@link OwnershipRules} per compilation unit: Error Prone visits units one at a time, and the
 * parameter summaries are read from the unit being checked — only if a method of it needs them.
 * Type names are cached for the whole compilation.
 */
public final class OwnershipRulesCache {
  private final Obligation.Kind kind;
  private final ResourceCatalogue catalogue;
  private Types types;
  private TypeNames names;
  private CompilationUnitTree unit;
  private OwnershipRules rules;

  public OwnershipRulesCache(Obligation.Kind kind, ResourceCatalogue catalogue) {
    this.kind = kind;
    this.catalogue = catalogue;
  }

  public OwnershipRules get(VisitorState state) {
    Types current = Types.instance(state.context);
    if (current != types) {
      types = current;
      names = new TypeNames(current);
      rules = null;
    }
    CompilationUnitTree currentUnit = state.getPath().getCompilationUnit();
    if (currentUnit != unit || rules == null) {
      unit = currentUnit;
      // The summaries ask the model what releases; the rules then use the summaries.
      OwnershipRules modelOnly = new OwnershipRules(kind, catalogue, names, () -> ParameterSummaries.NONE);
      rules =
          new OwnershipRules(
              kind,
              catalogue,
              names,
              () ->
                  new ParameterSummaries(
                      currentUnit,
                      (name, method) -> modelOnly.releasesReceiver(name),
                      modelOnly::releasesArguments,
                      modelOnly::storesArguments));
    }
    return rules;
  }

  /** The type-name cache of the current compilation. */
  public TypeNames names(VisitorState state) {
    get(state);
    return names;
  }
}
