package io.github.leakproof.errorprone.collection;

import com.google.errorprone.VisitorState;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.NewClassTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Symbol.ClassSymbol;
import com.sun.tools.javac.code.Type;
import io.github.leakproof.errorprone.common.Members;
import io.github.leakproof.errorprone.common.AnyMatch;
import io.github.leakproof.errorprone.ownership.TypeNames;
import io.github.leakproof.model.CollectionCatalogue;
import java.util.List;

/**
 * Whether a collection type, or the value a field is given, cannot grow without bound: a weak or
 * bounded type ({@code WeakHashMap}, {@code EnumMap}, an LRU {@code LinkedHashMap} subclass), built by a
 * bounding builder ({@code maximumSize}, {@code weakKeys}), or wrapping one ({@code
 * Collections.synchronizedMap(new WeakHashMap<>())}); or a map keyed by, or a set of, an enum.
 */
final class BoundedValues {
  private final TypeNames names;
  private final VisitorState state;
  private final boolean strictClassKeys;

  BoundedValues(TypeNames names, VisitorState state, boolean strictClassKeys) {
    this.names = names;
    this.state = state;
    this.strictClassKeys = strictClassKeys;
  }

  /** True for a bounded or weak type, or a map or set whose keys have few values. */
  boolean isBoundedType(Type type) {
    List<String> typeNames = names.selfAndSupertypes(type);
    if (CollectionCatalogue.isBoundedType(typeNames, overridesRemoveEldestEntry(type))
        || CollectionCatalogue.holdsEntriesWeakly(instanceFieldTypes(type))) {
      return true;
    }
    String keyed = CollectionCatalogue.isMap(typeNames) ? "java.util.Map"
        : CollectionCatalogue.isSet(typeNames) ? "java.util.Set" : null;
    if (keyed == null) {
      return false;
    }
    Symbol keyedSymbol = state.getSymbolFromString(keyed);
    Type asKeyed = keyedSymbol == null ? null : state.getTypes().asSuper(type, keyedSymbol);
    if (asKeyed == null || asKeyed.getTypeArguments().isEmpty()) {
      return false;
    }
    Type key = asKeyed.getTypeArguments().get(0);
    Type bound = key.getUpperBound() != null && key.getKind() == javax.lang.model.type.TypeKind.WILDCARD
        ? key.getUpperBound() : key;
    return CollectionCatalogue.isFewValuedKey(names.selfAndSupertypes(bound), strictClassKeys);
  }

  /** True if {@code value}, or a collection it is built from, is bounded or weak. */
  boolean isBounded(ExpressionTree value) {
    Boolean found =
        new AnyMatch() {
          @Override
          public Boolean visitNewClass(NewClassTree tree, Void unused) {
            Type type = ASTHelpers.getType(tree);
            // The arguments, not an anonymous class's body: calls there do not build the value.
            return type != null && isBoundedType(type) || Boolean.TRUE.equals(scan(tree.getArguments(), unused));
          }

          @Override
          public Boolean visitMethodInvocation(MethodInvocationTree tree, Void unused) {
            Symbol method = ASTHelpers.getSymbol(tree);
            Type type = ASTHelpers.getType(tree);
            return method != null && CollectionCatalogue.isBoundingCall(method.getSimpleName().toString())
                || type != null && isBoundedType(type)
                || Boolean.TRUE.equals(super.visitMethodInvocation(tree, unused));
          }
        }.scan(value, null);
    return Boolean.TRUE.equals(found);
  }

  /** The class or one of its superclasses (below {@code LinkedHashMap}) declares {@code removeEldestEntry}. */
  /** The types of the instance fields of {@code type}'s class and its superclasses outside the JDK. */
  private List<List<String>> instanceFieldTypes(Type type) {
    List<List<String>> fields = new java.util.ArrayList<>();
    int depth = 0;
    for (Symbol s = type.tsym;
        s instanceof ClassSymbol c && depth < 20 && !c.getQualifiedName().toString().startsWith("java.");
        s = c.getSuperclass() == null ? null : c.getSuperclass().tsym, depth++) {
      for (Symbol member : Members.of(c)) {
        if (member.getKind() == javax.lang.model.element.ElementKind.FIELD && !member.isStatic()
            && !member.type.isPrimitive()) {
          fields.add(names.selfAndSupertypes(member.type));
        }
      }
    }
    return fields;
  }

  private boolean overridesRemoveEldestEntry(Type type) {
    for (Symbol s = type.tsym;
        s instanceof ClassSymbol c && c.members() != null
            && !c.getQualifiedName().contentEquals("java.util.LinkedHashMap");
        s = c.getSuperclass() == null ? null : c.getSuperclass().tsym) {
      for (Symbol member : Members.of(c)) {
        if (member.getSimpleName().contentEquals(CollectionCatalogue.REMOVE_ELDEST_ENTRY)) {
          return true;
        }
      }
    }
    return false;
  }
}
