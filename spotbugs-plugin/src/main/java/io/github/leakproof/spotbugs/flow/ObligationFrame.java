package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.Frame;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The analysis's fact at one point of a method: what each local and stack slot may hold; which
 * acquired sites may still be open (made, and neither released nor handed on, on some path here);
 * which may have been lost open on the way (no variable holds them any more, or they were made again
 * while still open), which nothing can release any more; and the {@link PathConditions} that tell
 * which open sites a branch rules out.
 */
public final class ObligationFrame extends Frame<Held> {
  private final BitSet open = new BitSet();
  private final BitSet lost = new BitSet();
  private final BitSet reopened = new BitSet();
  private final PathConditions conditions = new PathConditions();
  /**
   * For each open site, which local slots hold it, as alternatives: each is the set of locals that hold
   * it on some of the paths where it is open. On the branch where a local is {@code null}, only the
   * alternatives without that local remain; when none does, the site cannot be open there.
   */
  private final Map<Integer, Set<BitSet>> holders = new HashMap<>();

  /** More alternatives than this are merged into one (holding any of their locals): never more findings. */
  private static final int MAX_HOLDER_ALTERNATIVES = 8;

  public ObligationFrame(int numLocals) {
    super(numLocals);
  }

  /** The sites that may be open here (a copy). */
  public BitSet open() {
    return (BitSet) open.clone();
  }

  public boolean isOpen(int site) {
    return open.get(site);
  }

  /** The sites that may have been lost open before here (a copy). */
  public BitSet lost() {
    return (BitSet) lost.clone();
  }

  public boolean isLost(int site) {
    return lost.get(site);
  }

  /** The sites that may have been made again while still open (a copy). */
  public BitSet reopened() {
    return (BitSet) reopened.clone();
  }

  /** What is learnt about the open {@code site} since it was made, on every path here where it is open. */
  public java.util.Map<Condition, Boolean> learntSinceOpened(int site) {
    return conditions.learntSinceOpened(site);
  }

  /** A new obligation; if the site was still open from before (a loop), that earlier object is lost. */
  void opens(int site) {
    if (open.get(site)) {
      lost.set(site);
      reopened.set(site);
    }
    open.set(site);
    conditions.opened(site);
    holders.put(site, Set.of(new BitSet()));
  }

  /** Their obligations end: released, handed on, or known not to exist. */
  void discharge(BitSet sites) {
    for (int site = sites.nextSetBit(0); site >= 0; site = sites.nextSetBit(site + 1)) {
      if (open.get(site)) {
        open.clear(site);
        conditions.closed(site);
        holders.remove(site);
      }
    }
  }

  /**
   * The branch where {@code tested} is {@code null}: the objects it may be do not exist here. When it
   * was loaded from a local, that holds only for the paths where the local held them: what it holds on
   * every path where it is open is not open here; what it holds only on some (a resource still in
   * another local, because the exception came before it was assigned) stays open.
   */
  void assumeNull(Held tested) {
    BitSet notOpen = tested.sites();
    if (tested.origin() instanceof Integer local) {
      for (int site = notOpen.nextSetBit(0); site >= 0; site = notOpen.nextSetBit(site + 1)) {
        Set<BitSet> alternatives = holders.get(site);
        if (alternatives == null) {
          continue;
        }
        Set<BitSet> without = new HashSet<>();
        for (BitSet alternative : alternatives) {
          if (!alternative.get(local)) {
            without.add(alternative);
          }
        }
        if (!without.isEmpty()) {
          notOpen.clear(site);
          holders.put(site, Set.copyOf(without));
        }
      }
    }
    discharge(notOpen);
  }

  /** The local {@code slot} is given {@code value}: it holds that value's objects and no others. */
  void stored(int slot, Held value) {
    holders.replaceAll(
        (site, alternatives) -> {
          Set<BitSet> updated = new HashSet<>();
          for (BitSet alternative : alternatives) {
            BitSet changed = (BitSet) alternative.clone();
            changed.set(slot, value.sites().get(site));
            updated.add(changed);
          }
          return Set.copyOf(updated);
        });
  }

  /** The branch where {@code condition} has {@code value}: sites opened only under the other value are not open here. */
  void assume(Condition condition, boolean value) {
    discharge(conditions.assume(condition, value, open));
  }

  /** {@code subject} is assigned {@code value} (a constant, or unknown: null). */
  void assigned(Object subject, Held value) {
    if (value.isNull()) {
      conditions.set(new Condition(subject, true), true);
    } else if (value.truth() != null) {
      conditions.set(new Condition(subject, false), value.truth());
    } else {
      conditions.forget(subject);
    }
  }

  /** Open sites that no slot holds any more can never be released: they are lost. */
  void loseUnreachable() {
    for (int site = open.nextSetBit(0); site >= 0; site = open.nextSetBit(site + 1)) {
      if (!holdsAnywhere(site)) {
        open.clear(site);
        conditions.closed(site);
        holders.remove(site);
        lost.set(site);
      }
    }
  }

  private boolean holdsAnywhere(int site) {
    for (int slot = 0; slot < getNumSlots(); slot++) {
      if (getValue(slot).holds(site)) {
        return true;
      }
    }
    return false;
  }

  /** Where paths meet: open (or lost) if open (or lost) on either. */
  void mergeObligations(ObligationFrame other) {
    conditions.merge(other.conditions, open, other.open);
    other.holders.forEach(
        (site, alternatives) -> {
          if (other.open.get(site)) {
            holders.merge(site, alternatives, ObligationFrame::either);
          }
        });
    open.or(other.open);
    lost.or(other.lost);
    reopened.or(other.reopened);
  }

  /** The holders of a site on the paths of either. */
  private static Set<BitSet> either(Set<BitSet> a, Set<BitSet> b) {
    Set<BitSet> all = new HashSet<>(a);
    all.addAll(b);
    if (all.size() > MAX_HOLDER_ALTERNATIVES) {
      BitSet any = new BitSet();
      all.forEach(any::or);
      return Set.of(any);
    }
    return Set.copyOf(all);
  }

  void clearObligations() {
    holders.clear();
    open.clear();
    lost.clear();
    reopened.clear();
    conditions.clear();
  }

  /** Every slot holding the unconstructed object of the {@code new} at {@code newPc} now holds {@code built}. */
  void constructed(int newPc, Held built) {
    for (int slot = 0; slot < getNumSlots(); slot++) {
      if (getValue(slot).newPc() == newPc) {
        setValue(slot, built);
      }
    }
  }

  @Override
  public void copyFrom(Frame<Held> other) {
    super.copyFrom(other);
    ObligationFrame that = (ObligationFrame) other;
    open.clear();
    open.or(that.open);
    lost.clear();
    lost.or(that.lost);
    reopened.clear();
    reopened.or(that.reopened);
    conditions.copyFrom(that.conditions);
    holders.clear();
    holders.putAll(that.holders);
  }

  @Override
  public boolean sameAs(Frame<Held> other) {
    ObligationFrame that = (ObligationFrame) other;
    return super.sameAs(other)
        && open.equals(that.open)
        && lost.equals(that.lost)
        && reopened.equals(that.reopened)
        && conditions.sameAs(that.conditions, open)
        && holders.equals(that.holders);
  }

  @Override
  public String toString() {
    return super.toString() + " open=" + open + " lost=" + lost + " " + conditions;
  }
}
