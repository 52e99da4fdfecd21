package io.github.leakproof.errorprone.ownership;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import org.checkerframework.errorprone.dataflow.analysis.Store;
import org.checkerframework.errorprone.dataflow.cfg.visualize.CFGVisualizer;
import org.checkerframework.errorprone.dataflow.expression.JavaExpression;

/**
 * What is open at a point of the method, and which locals may hold what.
 *
 * <p>An obligation stays in {@link #open} until it is released or handed on, even when no local
 * holds it any more (overwritten, or never stored): that is a leak too. Each open obligation carries
 * the ways out of the method it has been seen on ({@link PathOut}). Joining two paths takes the union:
 * open on some path means open.
 */
public final class ObligationStore implements Store<ObligationStore> {
  private final Map<Obligation, Set<PathOut>> open;
  private final Map<Element, Set<Obligation>> locals;

  private ObligationStore(Map<Obligation, Set<PathOut>> open, Map<Element, Set<Obligation>> locals) {
    this.open = open;
    this.locals = locals;
  }

  public static ObligationStore empty() {
    return new ObligationStore(new HashMap<>(), new HashMap<>());
  }

  public Map<Obligation, Set<PathOut>> open() {
    return open;
  }

  public Set<Obligation> heldBy(Element local) {
    return locals.getOrDefault(local, Set.of());
  }

  /**
   * Opens {@code obligation}. If the same expression's previous instance is still open (a loop
   * opening again without closing), that one can no longer be released: it stays open as the
   * earlier instance, marked with {@code reopenedAt}.
   */
  void acquire(Obligation obligation, PathOut reopenedAt) {
    Set<PathOut> previous = open.remove(obligation);
    if (previous != null) {
      previous.add(reopenedAt);
      open.merge(obligation.earlierInstance(), previous, (a, b) -> {
        a.addAll(b);
        return a;
      });
    }
    open.put(obligation, new LinkedHashSet<>());
  }

  /** The obligations are done with here: released, or owned by someone else from now on. */
  void discharge(Held held) {
    for (Obligation obligation : held.obligations()) {
      open.remove(obligation);
    }
  }

  void setLocal(Element local, Held held) {
    if (held.isEmpty()) {
      locals.remove(local);
    } else {
      locals.put(local, held.obligations());
    }
  }

  /** Records that control leaves the method here for every obligation still open. */
  void leaveBy(PathOut way) {
    for (Set<PathOut> ways : open.values()) {
      ways.add(way);
    }
  }

  boolean isOpen(Obligation obligation) {
    return open.containsKey(obligation);
  }

  @Override
  public ObligationStore copy() {
    Map<Obligation, Set<PathOut>> openCopy = new HashMap<>();
    open.forEach((obligation, ways) -> openCopy.put(obligation, new LinkedHashSet<>(ways)));
    return new ObligationStore(openCopy, new HashMap<>(locals));
  }

  @Override
  public ObligationStore leastUpperBound(ObligationStore other) {
    ObligationStore joined = copy();
    other.open.forEach(
        (obligation, ways) -> joined.open.computeIfAbsent(obligation, o -> new LinkedHashSet<>()).addAll(ways));
    other.locals.forEach(
        (local, held) ->
            joined.locals.merge(
                local,
                held,
                (a, b) -> {
                  Set<Obligation> union = new LinkedHashSet<>(a);
                  union.addAll(b);
                  return Set.copyOf(union);
                }));
    return joined;
  }

  @Override
  public ObligationStore widenedUpperBound(ObligationStore previous) {
    return leastUpperBound(previous);
  }

  @Override
  public boolean canAlias(JavaExpression a, JavaExpression b) {
    return true;
  }

  @Override
  public String visualize(CFGVisualizer<?, ObligationStore, ?> visualizer) {
    return toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObligationStore that && open.equals(that.open) && locals.equals(that.locals);
  }

  @Override
  public int hashCode() {
    return open.hashCode() * 31 + locals.hashCode();
  }

  @Override
  public String toString() {
    return "open=" + open + " locals=" + locals;
  }
}
