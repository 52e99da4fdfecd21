package io.github.leakproof.spotbugs.flow;

import edu.umd.cs.findbugs.ba.Frame;
import java.util.BitSet;

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
  }

  /** Their obligations end: released, handed on, or known not to exist. */
  void discharge(BitSet sites) {
    for (int site = sites.nextSetBit(0); site >= 0; site = sites.nextSetBit(site + 1)) {
      if (open.get(site)) {
        open.clear(site);
        conditions.closed(site);
      }
    }
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
    open.or(other.open);
    lost.or(other.lost);
    reopened.or(other.reopened);
  }

  void clearObligations() {
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
  }

  @Override
  public boolean sameAs(Frame<Held> other) {
    ObligationFrame that = (ObligationFrame) other;
    return super.sameAs(other)
        && open.equals(that.open)
        && lost.equals(that.lost)
        && reopened.equals(that.reopened)
        && conditions.sameAs(that.conditions, open);
  }

  @Override
  public String toString() {
    return super.toString() + " open=" + open + " lost=" + lost + " " + conditions;
  }
}
