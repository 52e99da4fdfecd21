package io.github.leakproof.errorprone.ownership;

import com.google.errorprone.VisitorState;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.tools.javac.code.Types;
import io.github.leakproof.model.ResourceCatalogue;

/**
 * One {@link OwnershipRules} per compilation unit: Error Prone visits units one at a time, and the
 * parameter summaries are read from the unit being checked.
 */
public final class OwnershipRulesCache {
  private final Obligation.Kind kind;
  private final ResourceCatalogue catalogue;
  private CompilationUnitTree unit;
  private OwnershipRules rules;

  public OwnershipRulesCache(Obligation.Kind kind, ResourceCatalogue catalogue) {
    this.kind = kind;
    this.catalogue = catalogue;
  }

  public OwnershipRules get(VisitorState state) {
    CompilationUnitTree current = state.getPath().getCompilationUnit();
    if (current != unit || rules == null) {
      unit = current;
      TypeNames names = new TypeNames(Types.instance(state.context));
      // The summaries ask the model what releases; the rules then use the summaries.
      OwnershipRules modelOnly = new OwnershipRules(kind, catalogue, names, ParameterSummaries.NONE);
      ParameterSummaries summaries =
          new ParameterSummaries(
              current,
              (name, method) -> modelOnly.releasesReceiver(name),
              modelOnly::releasesArguments,
              modelOnly::storesArguments);
      rules = new OwnershipRules(kind, catalogue, names, summaries);
    }
    return rules;
  }
}
