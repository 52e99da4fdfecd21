package io.github.leakproof.errorprone.ownership;

import java.util.LinkedHashSet;
import java.util.Set;
import org.checkerframework.errorprone.dataflow.analysis.AbstractValue;

/** The dataflow value of an expression: the obligations its value may carry. Immutable. */
public final class Held implements AbstractValue<Held> {
  public static final Held NONE = new Held(Set.of());

  private final Set<Obligation> obligations;

  private Held(Set<Obligation> obligations) {
    this.obligations = obligations;
  }

  public static Held of(Obligation obligation) {
    return new Held(Set.of(obligation));
  }

  public static Held of(Set<Obligation> obligations) {
    return obligations.isEmpty() ? NONE : new Held(Set.copyOf(obligations));
  }

  public Set<Obligation> obligations() {
    return obligations;
  }

  public boolean isEmpty() {
    return obligations.isEmpty();
  }

  @Override
  public Held leastUpperBound(Held other) {
    if (other.obligations.isEmpty() || other.obligations.equals(obligations)) {
      return this;
    }
    if (obligations.isEmpty()) {
      return other;
    }
    Set<Obligation> union = new LinkedHashSet<>(obligations);
    union.addAll(other.obligations);
    return new Held(Set.copyOf(union));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Held that && obligations.equals(that.obligations);
  }

  @Override
  public int hashCode() {
    return obligations.hashCode();
  }

  @Override
  public String toString() {
    return obligations.toString();
  }
}
