package io.github.leakproof.errorprone.ownership;

import java.util.LinkedHashSet;
import java.util.Set;
import org.checkerframework.errorprone.dataflow.analysis.AbstractValue;

/**
 * The dataflow value of an expression: the obligations its value may carry. Immutable.
 *
 * <p>Two kinds: the obligations the value <em>owns</em> (closing it releases them), and the ones it
 * was <em>derived from</em> — a statement of an open connection, a result set of that statement.
 * Closing a derived value releases nothing of its parents, but handing it on (returning the
 * statement) hands its parents on too, and a value derived from an open resource needs no close of its
 * own: the parent's close covers it.
 */
public final class Held implements AbstractValue<Held> {
  public static final Held NONE = new Held(Set.of(), Set.of());

  private final Set<Obligation> owned;
  private final Set<Obligation> parents;

  private Held(Set<Obligation> owned, Set<Obligation> parents) {
    this.owned = owned;
    this.parents = parents;
  }

  public static Held of(Obligation obligation) {
    return new Held(Set.of(obligation), Set.of());
  }

  /** A value derived from {@code owner}: covered by its release, handed on with it. */
  public static Held derivedFrom(Held owner) {
    if (owner.isEmpty()) {
      return NONE;
    }
    return new Held(Set.of(), union(owner.owned, owner.parents));
  }

  /** What closing this value releases. */
  public Set<Obligation> owned() {
    return owned;
  }

  /** What handing this value on hands on: what it owns and what it was derived from. */
  public Set<Obligation> all() {
    return parents.isEmpty() ? owned : union(owned, parents);
  }

  public boolean isEmpty() {
    return owned.isEmpty() && parents.isEmpty();
  }

  @Override
  public Held leastUpperBound(Held other) {
    if (other.isEmpty() || other.equals(this)) {
      return this;
    }
    if (isEmpty()) {
      return other;
    }
    return new Held(union(owned, other.owned), union(parents, other.parents));
  }

  private static Set<Obligation> union(Set<Obligation> a, Set<Obligation> b) {
    if (b.isEmpty()) {
      return a;
    }
    if (a.isEmpty()) {
      return b;
    }
    Set<Obligation> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return Set.copyOf(all);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Held that && owned.equals(that.owned) && parents.equals(that.parents);
  }

  @Override
  public int hashCode() {
    return owned.hashCode() * 31 + parents.hashCode();
  }

  @Override
  public String toString() {
    return parents.isEmpty() ? owned.toString() : owned + " derived from " + parents;
  }
}
