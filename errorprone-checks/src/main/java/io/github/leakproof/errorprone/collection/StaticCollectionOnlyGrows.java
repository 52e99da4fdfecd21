package io.github.leakproof.errorprone.collection;

import static com.google.errorprone.BugPattern.LinkType.CUSTOM;
import static com.google.errorprone.BugPattern.SeverityLevel.WARNING;

import com.google.auto.service.AutoService;
import com.google.errorprone.BugPattern;
import com.google.errorprone.ErrorProneFlags;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.bugpatterns.BugChecker.ClassTreeMatcher;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.TreePath;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.VarSymbol;
import com.sun.tools.javac.tree.JCTree;
import io.github.leakproof.errorprone.collection.FieldUses.Facts;
import io.github.leakproof.errorprone.common.FieldVisibility;
import io.github.leakproof.errorprone.common.FindingSuppression;
import io.github.leakproof.errorprone.common.LeakproofChecker;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.Check;
import io.github.leakproof.model.CollectionCatalogue;
import io.github.leakproof.model.CollectionMessages;
import io.github.leakproof.model.StrictMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import javax.inject.Inject;
import javax.lang.model.element.ElementKind;

/**
 * A static collection that only grows.
 *
 * <p>A static field lives as long as its class (on an application server, as long as its class
 * loader); so does a field of an enum constant or of a singleton. A {@code Collection} or {@code Map}
 * held there that code adds to at run time — a memo cache's {@code computeIfAbsent}, a registry's
 * {@code register}, a history's {@code add} per request — and that nothing ever removes from, keeps
 * every entry, and everything the entries reference, for good.
 *
 * <p>Flags such a field when, in this file:
 *
 * <ul>
 *   <li>some call grows it ({@code add}, {@code put}, {@code computeIfAbsent}, {@code offer}, … — the
 *       model's list) outside its holder's initialisation: static initialisers for a static field,
 *       constructors for an enum's or singleton's, and private helpers only those call;
 *   <li>nothing shrinks it: no removing call ({@code remove*}, {@code clear}, {@code poll}, {@code
 *       retainAll}, …), no view or iterator taken in a method that also removes through something,
 *       and no new collection assigned to it at run time;
 *   <li>it does not escape — returned, stored elsewhere, passed to a call that may do more than read
 *       it — unless {@code Leakproof:Strict=escaping-collections} asks;
 *   <li>it cannot be bounded: not a weak or bounded type or value ({@code WeakHashMap}, {@code
 *       EnumMap}, an LRU {@code LinkedHashMap}, a {@code maximumSize}/{@code weakKeys} builder), and
 *       not keyed by an enum or {@code Boolean} ({@code Class} keys only with {@code
 *       Leakproof:Strict=class-keyed-caches}).
 * </ul>
 *
 * <p>This front end sees one file, so only fields whose every use is in it (private, or of a private
 * class) are judged. The finding is on the field and names the first run-time growth.
 */
@AutoService(BugChecker.class)
@BugPattern(
    summary = "Static collection only grows: entries added at run time are never removed",
    severity = WARNING,
    linkType = CUSTOM,
    link = Check.DOCS_BASE + "StaticCollectionOnlyGrows.md")
public final class StaticCollectionOnlyGrows extends LeakproofChecker implements ClassTreeMatcher {
  private static final Check CHECK = Check.STATIC_COLLECTION_ONLY_GROWS;

  private final boolean reportEscaping;
  private final boolean reportMemoCaches;
  private final boolean strictClassKeys;

  /** For Error Prone's plugin discovery, which instantiates checks through the service loader. */
  public StaticCollectionOnlyGrows() {
    this(ErrorProneFlags.empty());
  }

  @Inject
  public StaticCollectionOnlyGrows(ErrorProneFlags flags) {
    super(flags);
    this.reportEscaping = options.values().isStrict(StrictMode.ESCAPING_COLLECTIONS);
    this.strictClassKeys = options.values().isStrict(StrictMode.CLASS_KEYED_CACHES);
    this.reportMemoCaches = options.values().isStrict(StrictMode.MEMO_CACHES);
  }

  @Override
  public Description matchClass(ClassTree type, VisitorState state) {
    if (!options.isValid()) {
      return Description.NO_MATCH;
    }
    TypeNames names = new TypeNames(state.getTypes());
    BoundedValues bounded = new BoundedValues(names, state, strictClassKeys);
    Map<Symbol, Facts> candidates = new LinkedHashMap<>();
    Map<Symbol, VariableTree> declarations = new LinkedHashMap<>();
    for (Tree member : type.getMembers()) {
      if (member instanceof VariableTree declaration
          && ASTHelpers.getSymbol(declaration) instanceof VarSymbol field
          && isCandidate(field, names, bounded)) {
        candidates.put(field, new Facts(field));
        declarations.put(field, declaration);
      }
    }
    if (candidates.isEmpty()) {
      return Description.NO_MATCH; // most classes: no scan at all
    }
    TreePath unit = new TreePath(state.getPath().getCompilationUnit());
    FieldUses.scan(candidates, unit, new Initialisation(state.getPath().getCompilationUnit()), bounded, names);
    for (Facts facts : candidates.values()) {
      if (facts.firstGrowth != null
          && !facts.shrinks
          && !facts.boundedValue
          && (reportEscaping || !facts.escapes)
          && (reportMemoCaches || facts.growsBeyondMemo)) {
        report(facts, declarations.get(facts.field), state);
      }
    }
    return Description.NO_MATCH;
  }

  /** A static (or enum or singleton) collection field whose every use is in this file and whose type can grow. */
  private static boolean isCandidate(VarSymbol field, TypeNames names, BoundedValues bounded) {
    return field.getKind() == ElementKind.FIELD
        && !field.type.isPrimitive()
        && Holders.holderOf(field) != null
        && CollectionCatalogue.isCollection(names.selfAndSupertypes(field.type))
        && FieldVisibility.allUsesInThisFile(field)
        && !bounded.isBoundedType(field.type);
  }

  private void report(Facts facts, VariableTree declaration, VisitorState state) {
    TreePath path = new TreePath(state.getPath(), declaration);
    if (FindingSuppression.isSuppressed(path, CHECK, Set.of(), state)) {
      return;
    }
    int position = ((JCTree) facts.firstGrowth).getStartPosition();
    int line = position < 0 ? 0 : (int) state.getPath().getCompilationUnit().getLineMap().getLineNumber(position);
    String message = CollectionMessages.onlyGrows(
        facts.field.getSimpleName().toString(), Holders.holderOf(facts.field), facts.growthMethod, line);
    state.reportMatch(finding(declaration, state).setMessage(message).build());
  }
}
