package io.github.leakproof.errorprone.ownership;

import java.util.HashMap;
import java.util.HashSet;
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
  private final Map<Element, Held> locals;
  /** Conditions known on every path to here. */
  private final Map<Fact, Boolean> facts;
  /** For each open obligation, the conditions known on every path where it is open. */
  private final Map<Obligation, Map<Fact, Boolean>> factsWhileOpen;
  /** For each open obligation, the conditions already known where it was acquired. */
  private final Map<Obligation, Map<Fact, Boolean>> factsAtAcquisition;
  /**
   * For each open obligation, which locals hold it, as alternatives: each is the set of locals that
   * hold it on some of the paths where it is open. On the branch where a local is {@code null}, only
   * the alternatives without that local remain; when none does, the obligation cannot be open there.
   */
  private final Map<Obligation, Set<Set<Element>>> holders;

  /** More alternatives than this are merged into one (holding any of their locals): never more findings. */
  private static final int MAX_HOLDER_ALTERNATIVES = 8;
  /**
   * The open obligations that are open here on some path that took no exceptional edge. One that is
   * open only on paths through a caught exception ({@code open(); key(channel) throws; catch … ; next
   * pass}) leaks by that exception: it is judged as an exception-path leak, not as a loop reopening
   * it or a normal return leaving it open.
   */
  private final Set<Obligation> openNormally;

  private ObligationStore(
      Map<Obligation, Set<PathOut>> open,
      Map<Element, Held> locals,
      Map<Fact, Boolean> facts,
      Map<Obligation, Map<Fact, Boolean>> factsWhileOpen,
      Map<Obligation, Map<Fact, Boolean>> factsAtAcquisition,
      Map<Obligation, Set<Set<Element>>> holders,
      Set<Obligation> openNormally) {
    this.open = open;
    this.locals = locals;
    this.facts = facts;
    this.factsWhileOpen = factsWhileOpen;
    this.factsAtAcquisition = factsAtAcquisition;
    this.holders = holders;
    this.openNormally = openNormally;
  }

  public static ObligationStore empty() {
    return new ObligationStore(
        new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
        new HashSet<>());
  }

  /** True if {@code obligation} is open here on some path that took no exceptional edge. */
  public boolean isOpenNormally(Obligation obligation) {
    return openNormally.contains(obligation);
  }

  /** This store goes along an exceptional edge: whatever is open from here on is open only by an exception. */
  void thrown() {
    openNormally.clear();
  }

  /**
   * The conditions learnt about {@code obligation} after it was acquired, on every path where it is
   * still open: for example {@code closeResources == false} when a flag the method was given decides
   * whether it closes.
   */
  public Map<Fact, Boolean> learntSinceAcquisition(Obligation obligation) {
    Map<Fact, Boolean> learnt = new HashMap<>(factsWhileOpen.getOrDefault(obligation, Map.of()));
    Map<Fact, Boolean> before = factsAtAcquisition.getOrDefault(obligation, Map.of());
    learnt.entrySet().removeIf(e -> e.getValue().equals(before.get(e.getKey())));
    return learnt;
  }

  public Map<Obligation, Set<PathOut>> open() {
    return open;
  }

  /**
   * The branch where {@code fact} has {@code value}: remembered, and every obligation that was opened
   * only where it had the other value cannot be open here.
   */
  void assume(Fact fact, boolean value) {
    facts.put(fact, value);
    for (Obligation obligation : Set.copyOf(open.keySet())) {
      Map<Fact, Boolean> known = factsWhileOpen.computeIfAbsent(obligation, o -> new HashMap<>());
      Boolean before = known.get(fact);
      if (before != null && before != value) {
        open.remove(obligation);
        openNormally.remove(obligation);
        factsWhileOpen.remove(obligation);
        holders.remove(obligation);
      } else {
        known.put(fact, value);
      }
    }
  }

  /** {@code subject} is assigned: what was known about it no longer holds. */
  void forget(Element subject) {
    forget(facts, subject);
    for (Map<Fact, Boolean> known : factsWhileOpen.values()) {
      forget(known, subject);
    }
  }

  /** {@code subject} is assigned a constant: from here on {@code fact} has {@code value}. */
  void set(Fact fact, boolean value) {
    forget(fact.subject());
    facts.put(fact, value);
    for (Map<Fact, Boolean> known : factsWhileOpen.values()) {
      known.put(fact, value);
    }
  }

  private static void forget(Map<Fact, Boolean> known, Element subject) {
    known.keySet().removeIf(f -> f.subject().equals(subject));
  }

  public Held heldBy(Element local) {
    return locals.getOrDefault(local, Held.NONE);
  }

  /**
   * Opens {@code obligation}. If the same expression's previous instance is still open (a loop
   * opening again without closing), that one can no longer be released: it stays open as the
   * earlier instance, marked with {@code reopenedAt}.
   */
  void acquire(Obligation obligation, PathOut reopenedAt) {
    Set<PathOut> previous = open.remove(obligation);
    Map<Fact, Boolean> previousFacts = factsWhileOpen.remove(obligation);
    Set<Set<Element>> previousHolders = holders.remove(obligation);
    boolean previousNormally = openNormally.remove(obligation);
    if (previous != null) {
      holders.put(obligation.earlierInstance(), previousHolders == null ? Set.of(Set.of()) : previousHolders);
      if (previousNormally) {
        previous.add(reopenedAt); // left open by the last pass itself
        openNormally.add(obligation.earlierInstance());
      }
      factsWhileOpen.put(obligation.earlierInstance(), previousFacts == null ? new HashMap<>() : previousFacts);
      factsAtAcquisition.put(obligation.earlierInstance(), factsAtAcquisition.getOrDefault(obligation, Map.of()));
      open.merge(obligation.earlierInstance(), previous, (a, b) -> {
        a.addAll(b);
        return a;
      });
    }
    open.put(obligation, new LinkedHashSet<>());
    holders.put(obligation, Set.of(Set.of()));
    openNormally.add(obligation);
    factsWhileOpen.put(obligation, new HashMap<>(facts));
    factsAtAcquisition.put(obligation, Map.copyOf(facts));
  }

  /** Releases what was opened by the {@code open…} method that {@code name} pairs with; true if any. */
  boolean releasePaired(String name) {
    Set<Obligation> paired = new LinkedHashSet<>();
    for (Obligation obligation : open.keySet()) {
      if (name.equals(obligation.pairedRelease())) {
        paired.add(obligation);
      }
    }
    close(paired);
    return !paired.isEmpty();
  }

  /**
   * The branch where {@code local} is {@code null}: it holds nothing, so the paths where it held an
   * obligation are not the ones that reach here. What it holds on every path where that is open is not
   * open here; what it holds only on some (a resource still in another local, because the exception
   * came before it was assigned) stays open, held as on the other paths.
   */
  void assumeNull(Element local) {
    Set<Obligation> notOpen = new LinkedHashSet<>();
    for (Obligation obligation : heldBy(local).owned()) {
      Set<Set<Element>> alternatives = holders.get(obligation);
      if (alternatives == null) {
        continue;
      }
      Set<Set<Element>> without = new HashSet<>();
      for (Set<Element> alternative : alternatives) {
        if (!alternative.contains(local)) {
          without.add(alternative);
        }
      }
      if (without.isEmpty()) {
        notOpen.add(obligation);
      } else {
        holders.put(obligation, Set.copyOf(without));
      }
    }
    close(notOpen);
    setLocal(local, Held.NONE);
  }

  /** What {@code held} owns is released here: closed, shut down. */
  void release(Held held) {
    close(held.owned());
  }

  /** What {@code held} carries is someone else's from here on: returned, stored, passed to an owner. */
  void handOn(Held held) {
    close(held.all());
  }

  private void close(Set<Obligation> obligations) {
    for (Obligation obligation : obligations) {
      open.remove(obligation);
      openNormally.remove(obligation);
      factsWhileOpen.remove(obligation);
      factsAtAcquisition.remove(obligation);
      holders.remove(obligation);
    }
  }

  void setLocal(Element local, Held held) {
    holders.replaceAll(
        (obligation, alternatives) -> {
          boolean holds = held.owned().contains(obligation);
          Set<Set<Element>> updated = new HashSet<>();
          for (Set<Element> alternative : alternatives) {
            Set<Element> changed = new HashSet<>(alternative);
            if (holds) {
              changed.add(local);
            } else {
              changed.remove(local);
            }
            updated.add(Set.copyOf(changed));
          }
          return Set.copyOf(updated);
        });
    if (held.isEmpty()) {
      locals.remove(local);
    } else {
      locals.put(local, held);
    }
  }

  /** Records that control leaves the method here for every obligation still open. */
  void leaveBy(PathOut way) {
    for (Set<PathOut> ways : open.values()) {
      ways.add(way);
    }
  }

  @Override
  public ObligationStore copy() {
    Map<Obligation, Set<PathOut>> openCopy = new HashMap<>();
    open.forEach((obligation, ways) -> openCopy.put(obligation, new LinkedHashSet<>(ways)));
    Map<Obligation, Map<Fact, Boolean>> factsCopy = new HashMap<>();
    factsWhileOpen.forEach((obligation, known) -> factsCopy.put(obligation, new HashMap<>(known)));
    Map<Obligation, Set<Set<Element>>> holdersCopy = new HashMap<>(holders);
    return new ObligationStore(
        openCopy,
        new HashMap<>(locals),
        new HashMap<>(facts),
        factsCopy,
        new HashMap<>(factsAtAcquisition),
        holdersCopy,
        new HashSet<>(openNormally));
  }

  @Override
  public ObligationStore leastUpperBound(ObligationStore other) {
    ObligationStore joined = copy();
    joined.facts.entrySet().removeIf(e -> !e.getValue().equals(other.facts.get(e.getKey())));
    other.factsAtAcquisition.forEach(
        (obligation, known) ->
            joined.factsAtAcquisition.merge(
                obligation,
                known,
                (a, b) -> {
                  Map<Fact, Boolean> common = new HashMap<>(a);
                  common.entrySet().removeIf(e -> !e.getValue().equals(b.get(e.getKey())));
                  return Map.copyOf(common);
                }));
    other.factsWhileOpen.forEach(
        (obligation, known) -> {
          Map<Fact, Boolean> mine = joined.factsWhileOpen.get(obligation);
          if (mine == null) {
            joined.factsWhileOpen.put(obligation, new HashMap<>(known));
          } else {
            mine.entrySet().removeIf(e -> !e.getValue().equals(known.get(e.getKey())));
          }
        });
    other.holders.forEach((obligation, alternatives) -> joined.holders.merge(obligation, alternatives, ObligationStore::either));
    other.open.forEach(
        (obligation, ways) -> joined.open.computeIfAbsent(obligation, o -> new LinkedHashSet<>()).addAll(ways));
    other.locals.forEach((local, held) -> joined.locals.merge(local, held, Held::leastUpperBound));
    joined.openNormally.addAll(other.openNormally);
    return joined;
  }

  /** The holders of an obligation on the paths of either. */
  private static Set<Set<Element>> either(Set<Set<Element>> a, Set<Set<Element>> b) {
    Set<Set<Element>> all = new HashSet<>(a);
    all.addAll(b);
    if (all.size() > MAX_HOLDER_ALTERNATIVES) {
      Set<Element> any = new HashSet<>();
      all.forEach(any::addAll);
      return Set.of(Set.copyOf(any));
    }
    return Set.copyOf(all);
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
    return other instanceof ObligationStore that
        && open.equals(that.open)
        && locals.equals(that.locals)
        && facts.equals(that.facts)
        && factsWhileOpen.equals(that.factsWhileOpen)
        && factsAtAcquisition.equals(that.factsAtAcquisition)
        && holders.equals(that.holders)
        && openNormally.equals(that.openNormally);
  }

  @Override
  public int hashCode() {
    return open.hashCode() * 31 + locals.hashCode();
  }

  @Override
  public String toString() {
    return "open=" + open + " locals=" + locals + " facts=" + facts;
  }
}
